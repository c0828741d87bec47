import { describe, expect, it } from 'vitest';
import { appOrigin } from '../../../main/security/app-origin';
import { isTrustedSender, type FrameLike } from '../../../main/security/sender';

function frame(overrides: Partial<FrameLike> = {}): FrameLike {
  return {
    url: 'app://bundle/index.html',
    origin: 'app://bundle',
    parent: null,
    processId: 4,
    routingId: 1,
    ...overrides,
  };
}

describe('isTrustedSender', () => {
  const mainFrame = frame();

  it('trusts our window top frame at our origin', () => {
    expect(isTrustedSender({ senderFrame: mainFrame, mainFrame, appOrigin })).toEqual({ trusted: true });
  });

  it('trusts a fresh wrapper for the same render frame', () => {
    expect(isTrustedSender({ senderFrame: frame(), mainFrame, appOrigin }).trusted).toBe(true);
  });

  it('rejects a null frame (navigated away or destroyed)', () => {
    expect(isTrustedSender({ senderFrame: null, mainFrame, appOrigin })).toEqual({ trusted: false, reason: 'no-frame' });
  });

  it('rejects everything while there is no window', () => {
    expect(isTrustedSender({ senderFrame: mainFrame, mainFrame: null, appOrigin })).toMatchObject({ trusted: false });
  });

  it('rejects a subframe, even one at our origin', () => {
    const sub = frame({ parent: mainFrame, routingId: 7 });
    expect(isTrustedSender({ senderFrame: sub, mainFrame, appOrigin })).toEqual({ trusted: false, reason: 'not-top-frame' });
  });

  it('rejects the top frame of a different window', () => {
    const other = frame({ processId: 9, routingId: 1 });
    expect(isTrustedSender({ senderFrame: other, mainFrame, appOrigin })).toEqual({ trusted: false, reason: 'other-window' });
  });

  it.each([
    'https://evil.example/',
    'app://bundle.evil/index.html',
    'app://bundle@evil/index.html',
    'app://evil/index.html',
    'file:///etc/passwd',
    'data:text/html,hi',
    'about:blank',
    'http://localhost:5173/',
  ])('rejects our own frame once it shows %s', (url) => {
    const navigated = frame({ url });
    expect(isTrustedSender({ senderFrame: navigated, mainFrame: navigated, appOrigin })).toMatchObject({
      trusted: false,
      reason: 'wrong-origin',
    });
  });

  it("rejects when Chromium's origin disagrees with the URL (sandboxed, opaque document)", () => {
    const opaque = frame({ origin: 'null' });
    expect(isTrustedSender({ senderFrame: opaque, mainFrame: opaque, appOrigin })).toMatchObject({ trusted: false });
  });
});
