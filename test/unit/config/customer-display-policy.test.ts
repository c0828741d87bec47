/**
 * `handoff.customerDisplay` (issue 19 item 3): off unless the machine policy turns it on; the
 * technician's own settings file cannot, and a wrong value keeps it off.
 */
import { describe, expect, it } from 'vitest';
import { sandbox } from './fixtures';

describe('handoff.customerDisplay', () => {
  it('is off by default', async () => {
    const box = await sandbox();
    expect((await box.store().effective()).customerDisplay).toBe(false);
  });

  it('is on when the machine policy turns it on', async () => {
    const box = await sandbox();
    await box.writePolicy({ handoff: { customerDisplay: true } });
    expect((await box.store().effective()).customerDisplay).toBe(true);
  });

  it('is admin-only: the user file cannot turn it on', async () => {
    const box = await sandbox();
    await box.writeUser({ handoff: { customerDisplay: true } });
    const store = box.store();
    expect((await store.effective()).customerDisplay).toBe(false);
    expect((await store.view()).problems.map((p) => p.field)).toContain('handoff.customerDisplay');
  });

  it('stays off when the policy names it with a value that is not a boolean', async () => {
    const box = await sandbox();
    await box.writePolicy({ handoff: { customerDisplay: 'yes' } });
    const store = box.store();
    expect((await store.effective()).customerDisplay).toBe(false);
    expect((await store.view()).problems.map((p) => p.field)).toContain('handoff.customerDisplay');
  });
});
