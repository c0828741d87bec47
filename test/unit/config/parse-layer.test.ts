import { describe, expect, it } from 'vitest';
import { parseLayer } from '../../../main/config/parse-layer';
import { toDocument } from '../../../main/config/user-settings';
import { tenant } from './fixtures';

const file = '/etc/tap-desk/policy.json';
const parse = (doc: unknown, platform: NodeJS.Platform = 'linux') =>
  parseLayer(doc, { file, platform });

describe('parseLayer', () => {
  it('keeps the valid fields of a partly valid file and reports each invalid one with its fix', () => {
    const layer = parse({
      tenantId: tenant.toUpperCase(),
      cloud: 'usgov',
      handoff: { displaySeconds: 120, clipboardClearSeconds: 1, showQr: 'yes' },
    });
    expect(layer.values).toEqual({ tenantId: tenant, 'handoff.displaySeconds': 120 });
    expect([...layer.named].sort()).toEqual([
      'cloud',
      'handoff.clipboardClearSeconds',
      'handoff.displaySeconds',
      'handoff.showQr',
      'tenantId',
    ]);
    expect(layer.problems.map((p) => p.field)).toEqual([
      'cloud',
      'handoff.clipboardClearSeconds',
      'handoff.showQr',
    ]);
    const [cloud, clipboard, qr] = layer.problems;
    expect(cloud).toMatchObject({
      file,
      fix: 'Use one of Public, USGov, USGovDoD, China (exact spelling).',
    });
    expect(cloud?.message).toContain('found "usgov"');
    expect(clipboard?.message).toMatch(/>=5.*found 1/);
    expect(clipboard?.fix).toBe('Use a whole number of seconds from 5 to 300.');
    expect(qr?.message).toMatch(/boolean.*found "yes"/);
  });

  it('reports unknown fields and ignores them, and allows $comment at every level', () => {
    const layer = parse({
      $comment: 'note',
      tenantID: tenant,
      handoff: { $comment: 'x', seconds: 5 },
    });
    expect(layer.problems).toEqual([
      expect.objectContaining({
        field: 'tenantID',
        message: 'is not a TAP Desk setting and was ignored',
      }),
      expect.objectContaining({
        field: 'handoff.seconds',
        message: 'is not a TAP Desk setting and was ignored',
      }),
    ]);
    expect(layer.values).toEqual({});
  });

  it('warns specifically about anything that looks like a secret', () => {
    const layer = parse({ clientSecret: 'abc' });
    expect(layer.problems[0]).toMatchObject({
      field: 'clientSecret',
      fix: expect.stringMatching(/rotate the secret/),
    });
    expect(layer.problems[0]?.message).not.toContain('abc');
  });

  it('reports a section that is not an object', () => {
    const layer = parse({ handoff: 60 });
    expect(layer.problems).toEqual([
      expect.objectContaining({ field: 'handoff', message: 'must be an object; found 60' }),
    ]);
  });

  it('keeps the ticket pattern and example together and checks one against the other', () => {
    const ok = parse({ verification: { ticketPattern: 'CHG\\d{5}', ticketExample: 'CHG12345' } });
    expect(ok.values['verification.ticket']).toEqual({ pattern: 'CHG\\d{5}', example: 'CHG12345' });
    const mismatch = parse({
      verification: { ticketPattern: 'CHG\\d{5}', ticketExample: 'INC12345' },
    });
    expect(mismatch.problems[0]).toMatchObject({ field: 'verification.ticketExample' });
    expect(mismatch.problems[0]?.message).toMatch(/^ticketExample does not match ticketPattern/);
    const unsafe = parse({ verification: { ticketPattern: '(\\d+)+', ticketExample: '1' } });
    expect(unsafe.problems[0]).toMatchObject({ field: 'verification.ticketPattern' });
    expect(unsafe.problems[0]?.message).toMatch(/nested quantifiers/);
    const alone = parse({ verification: { ticketPattern: 'CHG\\d{5}' } });
    expect(alone.problems[0]).toMatchObject({ field: 'verification.ticketExample' });
    expect(alone.values).toEqual({});
  });

  it('checks checklist items, duplicate ids and method names', () => {
    const layer = parse({
      verification: {
        checklists: {
          standard: [
            { id: 'a', label: 'A' },
            { id: 'a', label: 'B' },
          ],
          privilegedExtra: [{ id: 'Bad Id', label: 'x' }],
        },
        methods: [],
      },
    });
    expect(layer.problems.map((p) => p.field)).toEqual([
      'verification.checklists.standard',
      'verification.checklists.privilegedExtra',
      'verification.methods',
    ]);
    expect(layer.problems[0]?.message).toContain('item ids must be unique');
  });

  it('requires an absolute audit folder for the platform', () => {
    expect(parse({ auditFolder: '/var/lib/tap' }).values.auditFolder).toBe('/var/lib/tap');
    expect(parse({ auditFolder: 'audit' }).problems[0]?.message).toMatch(/absolute folder path/);
    expect(parse({ auditFolder: 'C:\\Audit' }).problems).toHaveLength(1);
    expect(parse({ auditFolder: 'C:\\Audit' }, 'win32').values.auditFolder).toBe('C:\\Audit');
    expect(parse({ auditFolder: '\\\\srv\\share\\tap' }, 'win32').problems).toEqual([]);
    expect(parse({ auditFolder: '\\Audit' }, 'win32').problems[0]?.fix).toMatch(/C:\\ProgramData/);
  });

  it('round-trips through toDocument', () => {
    const doc = {
      tenantId: tenant,
      cloud: 'China',
      handoff: { showQr: false },
      verification: { ticketPattern: 'X\\d+', ticketExample: 'X1' },
      privilegedGroups: [tenant],
    };
    const layer = parse(doc);
    expect(layer.problems).toEqual([]);
    expect(toDocument(layer.values)).toEqual(doc);
  });
});
