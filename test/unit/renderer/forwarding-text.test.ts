import { describe, expect, it } from 'vitest';
import { forwardingText } from '../../../renderer/features/audit-forwarding/forwarding-text';

describe('forwardingText (the header audit badge)', () => {
  it('says nothing when forwarding is off, and "sent" when everything arrived', () => {
    expect(forwardingText({ state: 'off' })).toBeNull();
    expect(forwardingText({ state: 'sent', waiting: 0, destination: 'syslog-tls://siem:6514' })).toMatchObject({
      text: 'audit: sent',
      color: 'success',
    });
  });

  it('counts what waits and since when, and says when only an admin can fix it', () => {
    const waiting = { state: 'waiting', waiting: 3, oldestWaiting: '2026-12-01T10:42:10Z', destination: 'x' } as const;
    expect(forwardingText(waiting, 'UTC')).toEqual({ text: '3 entries waiting since 10:42', color: 'informative' });
    expect(forwardingText({ ...waiting, lastError: 'collector down' }, 'UTC')).toMatchObject({
      color: 'warning',
      title: 'collector down. TAP Desk keeps trying.',
    });
    expect(
      forwardingText({ ...waiting, waiting: 1, lastError: 'Logs Ingestion 403', needsAdmin: true }, 'UTC'),
    ).toEqual({ text: '1 entry waiting since 10:42: ask your IT admin', color: 'danger', title: 'Logs Ingestion 403' });
    expect(forwardingText({ state: 'incomplete', missing: ['forwarding.syslog.host'] })).toMatchObject({
      text: 'audit: forwarding not set up',
      color: 'danger',
    });
  });
});
