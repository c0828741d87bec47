/** The audit view's filters as main parses them: known actions only, bounded text. */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/wiring/dispatch';
import type { Handlers } from '../../../main/wiring/handlers';
import { auditActions } from '../../../preload/contract';

function recording() {
  const calls: unknown[] = [];
  const handlers = {
    'audit.list': async (args: unknown) => {
      calls.push(args);
      return { entries: [], total: 0, folder: '/x' };
    },
  } as unknown as Handlers;
  return { handlers, calls };
}

describe('audit.list arguments', () => {
  it('passes every journal action and a ticket part through', async () => {
    const { handlers, calls } = recording();
    for (const action of auditActions) {
      expect((await dispatch(handlers, 'audit.list', { action, ticket: 'inc0012' })).ok).toBe(true);
    }
    expect(calls).toHaveLength(auditActions.length);
    expect(auditActions).toContain('handoff-end');
  });

  it.each([
    [{ action: 'delete-journal' }],
    [{ action: 'MINT' }],
    [{ ticket: 'x'.repeat(65) }],
    [{ ticket: 42 }],
    [{ action: 'mint', extra: true }],
  ])('refuses %j with a bad-request and never calls the handler', async (args) => {
    const { handlers, calls } = recording();
    const reply = await dispatch(handlers, 'audit.list', args);
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(calls).toEqual([]);
  });

  it('refuses a value zod cannot even compare (a length without a prototype) with a bad-request', async () => {
    // Found by the hostile-input fuzzer: zod checks `technician.length` before its type, and an
    // object with no prototype throws on the comparison instead of failing it.
    const { handlers, calls } = recording();
    const reply = await dispatch(handlers, 'audit.list', { technician: { length: Object.create(null) as object } });
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(calls).toEqual([]);
  });
});
