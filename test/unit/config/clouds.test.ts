import { describe, expect, it } from 'vitest';
import { clouds } from '../../../preload/contract';
import { authorityUrl, cloudTable, graphBaseUrl, graphScope } from '../../../main/config/clouds';
import { client, sandbox, tenant } from './fixtures';

/** graph-msal-spec.md A.9. */
const spec = {
  Public: ['https://login.microsoftonline.com', 'https://graph.microsoft.com', true],
  USGov: ['https://login.microsoftonline.us', 'https://graph.microsoft.us', true],
  USGovDoD: ['https://login.microsoftonline.us', 'https://dod-graph.microsoft.us', true],
  China: ['https://login.chinacloudapi.cn', 'https://microsoftgraph.chinacloudapi.cn', false],
} as const;

describe('cloudTable', () => {
  it('covers every cloud in the contract', () => {
    expect(Object.keys(cloudTable).sort()).toEqual([...clouds].sort());
  });

  it.each(clouds)(
    '%s has the authority, Graph root and TAP availability from the spec',
    (cloud) => {
      const [authority, graph, tap] = spec[cloud];
      expect(cloudTable[cloud]).toMatchObject({
        cloud,
        authorityHost: authority,
        graphRoot: graph,
        tapV1Available: tap,
      });
      expect(authorityUrl(cloud, tenant)).toBe(`${authority}/${tenant}`);
      expect(graphBaseUrl(cloud)).toBe(`${graph}/v1.0`);
      expect(graphScope(cloud, '.default')).toBe(`${graph}/.default`);
    },
  );

  it('carries a warning for China, where TAP is missing from v1.0', () => {
    expect(cloudTable.China.note).toMatch(/not available in Microsoft Graph v1.0/);
    expect(clouds.filter((c) => cloudTable[c].note !== undefined)).toEqual(['China']);
  });
});

describe('effective config per cloud', () => {
  it.each(clouds)('a policy for %s yields its authority and Graph base URL', async (cloud) => {
    const box = await sandbox();
    await box.writePolicy({ tenantId: tenant, clientId: client, cloud });
    const effective = await box.store().effective();
    const [authority, graph, tap] = spec[cloud];
    expect(effective).toMatchObject({
      configured: true,
      cloud,
      authority: `${authority}/${tenant}`,
      graphBaseUrl: `${graph}/v1.0`,
    });
    expect(effective.cloudInfo.tapV1Available).toBe(tap);
  });
});
