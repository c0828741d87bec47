/**
 * Conformance of the emulator's PIM for directory roles ("PIM APIs for Microsoft Entra roles",
 * "Activate Microsoft Entra roles in PIM"), driven through the real msal-node for tokens.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createManualClock, type ManualClock } from '../../fakes/manual-clock';
import { startDemoTenant, type DemoTenant } from '../../../main/demo-tenant/index';
import { appScopes, createPca, graphErrorOf, rawGraph, tokensFor } from './support';

const pimScopes = [...appScopes, 'RoleAssignmentSchedule.ReadWrite.Directory'];
const sam = 'sam.okafor@contoso.example';
const ravi = 'ravi.iyer@contoso.example';
const elif = 'elif.demir@contoso.example';
const noah = 'noah.schmid@contoso.example';
const tom = 'tom.becker@contoso.example';
const authAdmin = 'c4e39bd9-1100-46d3-8c65-fb160da0071f';
const paa = '7be44c8a-adaf-4e2a-84d6-ab2649e08a13';
const globalAdmin = '62e90394-69f5-4237-9190-012177145e10';
const requests = '/v1.0/roleManagement/directory/roleAssignmentScheduleRequests';
const mine = (set: string) => `/v1.0/roleManagement/directory/${set}/filterByCurrentUser(on='principal')`;

let tenant: DemoTenant;
let clock: ManualClock;
let tokens: Record<string, string> = {};
const as = (who: string) => tokens[who] ?? '';
const idOf = (who: string) => tenant.findUser(who)?.id ?? '';

function activation(who: string, role: string, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    action: 'selfActivate',
    principalId: idOf(who),
    roleDefinitionId: role,
    directoryScopeId: '/',
    justification: 'Service desk shift',
    scheduleInfo: { startDateTime: new Date(clock.now()).toISOString(), expiration: { type: 'afterDuration', duration: 'PT4H' } },
    ticketInfo: { ticketNumber: 'INC0012345', ticketSystem: 'ServiceNow' },
    ...extra,
  });
}

beforeAll(async () => {
  clock = createManualClock();
  tenant = await startDemoTenant({ clock });
});
afterAll(async () => {
  await tenant.stop();
});
beforeEach(async () => {
  tenant.pim.setActivationDelay(15_000);
  // Tokens live on the tenant clock, which these tests move by hours.
  tokens = await tokensFor(tenant, [sam, ravi, elif, noah, tom], pimScopes);
});

describe('reading what one may activate', () => {
  it("lists the caller's own eligibility, tenant-wide and unit-scoped, without a reader role", async () => {
    const own = await rawGraph(tenant, as(sam), 'GET', mine('roleEligibilityScheduleInstances'));
    expect(own.status).toBe(200);
    expect(own.json?.['value']).toEqual([expect.objectContaining({ roleDefinitionId: authAdmin, directoryScopeId: '/', memberType: 'Direct' })]);
    const unit = await rawGraph(tenant, as(noah), 'GET', mine('roleEligibilityScheduleInstances'));
    expect(unit.json?.['value']).toEqual([expect.objectContaining({ directoryScopeId: expect.stringMatching(/^\/administrativeUnits\//u) })]);
  });

  it("refuses other people's eligibility and the role policies without a reader role", async () => {
    const others = await rawGraph(tenant, as(sam), 'GET', '/v1.0/roleManagement/directory/roleEligibilityScheduleInstances');
    expect(others.status).toBe(403);
    const policies = await rawGraph(tenant, as(sam), 'GET', `/v1.0/policies/roleManagementPolicyAssignments?$filter=scopeId eq '/' and scopeType eq 'DirectoryRole'`);
    expect(policies.status).toBe(403);
  });

  it('gives a Global Reader the rules of a role, and needs the scope filter', async () => {
    const path = `/v1.0/policies/roleManagementPolicyAssignments?$filter=${encodeURIComponent(`scopeId eq '/' and scopeType eq 'DirectoryRole' and roleDefinitionId eq '${paa}'`)}&$expand=policy($expand=rules)`;
    const reply = await rawGraph(tenant, as(ravi), 'GET', path);
    expect(reply.status).toBe(200);
    const [assignment] = reply.json?.['value'] as { policy: { rules: Record<string, unknown>[] } }[];
    const rules = assignment?.policy.rules ?? [];
    expect(rules).toContainEqual(expect.objectContaining({ id: 'Expiration_EndUser_Assignment', maximumDuration: 'PT4H' }));
    expect(rules).toContainEqual(expect.objectContaining({ id: 'Approval_EndUser_Assignment', setting: expect.objectContaining({ isApprovalRequired: true }) }));
    const unfiltered = await rawGraph(tenant, as(ravi), 'GET', '/v1.0/policies/roleManagementPolicyAssignments');
    expect(unfiltered.status).toBe(400);
  });
});

describe('selfActivate', () => {
  it('names every failed rule: justification, ticket, duration over the maximum', async () => {
    const reply = await rawGraph(tenant, as(sam), 'POST', requests, {
      body: activation(sam, authAdmin, { justification: '', ticketInfo: {}, scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT9H' } } }),
    });
    expect(reply.status).toBe(400);
    expect(graphErrorOf(reply.json)).toMatchObject({
      code: 'RoleAssignmentRequestPolicyValidationFailed',
      message: 'The following policy rules failed: ["ExpirationRule","JustificationRule","TicketingRule"]',
    });
  });

  it('refuses a role one is not eligible for with EligibilityRule', async () => {
    const reply = await rawGraph(tenant, as(sam), 'POST', requests, { body: activation(sam, globalAdmin) });
    expect(graphErrorOf(reply.json).message).toBe('The following policy rules failed: ["EligibilityRule"]');
  });

  it('grants, and the role counts only after the activation delay on the tenant clock', async () => {
    const reply = await rawGraph(tenant, as(sam), 'POST', requests, { body: activation(sam, authAdmin) });
    expect(reply.status).toBe(201);
    expect(reply.json).toMatchObject({ status: 'Granted', action: 'selfActivate', justification: 'Service desk shift' });
    const before = await rawGraph(tenant, as(sam), 'GET', mine('roleAssignmentScheduleInstances'));
    expect(before.json?.['value']).toEqual([]);
    const again = await rawGraph(tenant, as(sam), 'POST', requests, { body: activation(sam, authAdmin) });
    expect(graphErrorOf(again.json).code).toBe('PendingRoleAssignmentRequest');
    clock.advance(15_000);
    const after = await rawGraph(tenant, as(sam), 'GET', mine('roleAssignmentScheduleInstances'));
    expect(after.json?.['value']).toEqual([expect.objectContaining({ roleDefinitionId: authAdmin, assignmentType: 'Activated' })]);
    const twice = await rawGraph(tenant, as(sam), 'POST', requests, { body: activation(sam, authAdmin) });
    expect(graphErrorOf(twice.json).code).toBe('RoleAssignmentExists');
  });

  it('deactivates only after five minutes, then the role is gone', async () => {
    const body = JSON.stringify({ action: 'selfDeactivate', principalId: idOf(sam), roleDefinitionId: authAdmin, directoryScopeId: '/' });
    const early = await rawGraph(tenant, as(sam), 'POST', requests, { body });
    expect(graphErrorOf(early.json).code).toBe('ActiveDurationTooShort');
    clock.advance(5 * 60_000);
    const done = await rawGraph(tenant, as(sam), 'POST', requests, { body });
    expect(done.status).toBe(201);
    expect(done.json).toMatchObject({ status: 'Revoked', action: 'selfDeactivate' });
    const after = await rawGraph(tenant, as(sam), 'GET', mine('roleAssignmentScheduleInstances'));
    expect(after.json?.['value']).toEqual([]);
    const gone = await rawGraph(tenant, as(sam), 'POST', requests, { body });
    expect(graphErrorOf(gone.json).code).toBe('RoleAssignmentDoesNotExist');
  });

  it('ends an activation at its end time', async () => {
    await rawGraph(tenant, as(sam), 'POST', requests, { body: activation(sam, authAdmin, { scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT1H' } } }) });
    clock.advance(15_000);
    expect((await rawGraph(tenant, as(sam), 'GET', mine('roleAssignmentScheduleInstances'))).json?.['value']).toHaveLength(1);
    clock.advance(60 * 60_000);
    expect((await rawGraph(tenant, as(sam), 'GET', mine('roleAssignmentScheduleInstances'))).json?.['value']).toEqual([]);
  });

  it('waits for an approver, who may approve or deny', async () => {
    const pending = await rawGraph(tenant, as(ravi), 'POST', requests, { body: activation(ravi, paa) });
    expect(pending.json).toMatchObject({ status: 'PendingApproval' });
    tenant.pim.decide(ravi, false);
    const own = await rawGraph(tenant, as(ravi), 'GET', `${mine('roleAssignmentScheduleRequests')}?$filter=${encodeURIComponent(`id eq '${String(pending.json?.['id'])}'`)}`);
    expect(own.json?.['value']).toEqual([expect.objectContaining({ status: 'Denied' })]);
    await rawGraph(tenant, as(ravi), 'POST', requests, { body: activation(ravi, paa) });
    tenant.pim.decide(ravi, true);
    clock.advance(15_000);
    expect(tenant.pim.requestsOf(ravi).at(-1)?.status).toBe('Provisioned');
  });

  it('asks for an authentication context with a claims challenge, met by signing in with those claims', async () => {
    const refused = await rawGraph(tenant, as(elif), 'POST', requests, { body: activation(elif, globalAdmin, { scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT2H' } } }) });
    expect(refused.status).toBe(400);
    const error = graphErrorOf(refused.json);
    expect(error.code).toBe('RoleAssignmentRequestAcrsValidationFailed');
    const claims = decodeURIComponent(error.message.replace(/^&claims=/u, ''));
    expect(JSON.parse(claims)).toEqual({ access_token: { acrs: { essential: true, value: 'c1' } } });
    const pca = createPca(tenant);
    const stepped = await pca.acquireTokenInteractive({ scopes: pimScopes, claims, loginHint: elif, openBrowser: tenant.browser({ upn: elif }).open });
    const granted = await rawGraph(tenant, stepped.accessToken, 'POST', requests, { body: activation(elif, globalAdmin, { scheduleInfo: { expiration: { type: 'afterDuration', duration: 'PT2H' } } }) });
    expect(granted.status).toBe(201);
  });

  it('refuses a role that needs MFA until the token says mfa', async () => {
    tenant.pim.setRolePolicy('Authentication Administrator', { mfa: true });
    try {
      tenant.pim.makeEligible(tom, 'Privileged Authentication Administrator');
      tenant.pim.setRolePolicy('Privileged Authentication Administrator', { mfa: true, approval: false });
      const refused = await rawGraph(tenant, as(tom), 'POST', requests, { body: activation(tom, paa) });
      expect(graphErrorOf(refused.json).message).toBe('The following policy rules failed: ["MfaRule"]');
    } finally {
      tenant.pim.setRolePolicy('Authentication Administrator', { mfa: false });
      tenant.pim.setRolePolicy('Privileged Authentication Administrator', { mfa: false, approval: true });
    }
  });

  it('refuses without the write permission and for someone else', async () => {
    const readOnly = (await tokensFor(tenant, [sam]))[sam] ?? '';
    expect((await rawGraph(tenant, readOnly, 'POST', requests, { body: activation(sam, authAdmin) })).status).toBe(403);
    expect((await rawGraph(tenant, as(tom), 'POST', requests, { body: activation(sam, authAdmin) })).status).toBe(403);
  });
});
