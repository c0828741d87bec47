import { describe, expect, it } from 'vitest';
import { createRedactor } from '../../../main/log/redactor';

const PASS = 'Xq7+Lm2!pZ9#';

describe('createRedactor', () => {
  it('replaces a registered secret anywhere in free text', () => {
    const redactor = createRedactor();
    redactor.register(PASS);
    expect(redactor.redactText(`pass=${PASS};again:${PASS}`)).toBe(
      'pass=[redacted];again:[redacted]',
    );
    expect(redactor.contains(`x${PASS}y`)).toBe(true);
  });

  it('finds a registered secret JSON-escaped or percent-encoded in either hex case', () => {
    const redactor = createRedactor();
    const secret = 'a+b c"d\\e#f';
    redactor.register(secret);
    const forms = [
      JSON.stringify(secret),
      encodeURIComponent(secret),
      encodeURIComponent(secret).toLowerCase(), // secret is lower-case: only the hex changes
      new URLSearchParams({ q: secret }).toString(),
      new URL(`https://h.test/p?q=${encodeURIComponent(secret)}`).href,
    ];
    for (const form of forms) {
      expect(redactor.contains(form)).toBe(true);
      expect(redactor.redactText(form)).toContain('[redacted]');
      expect(redactor.contains(redactor.redactText(form))).toBe(false);
    }
  });

  it('stops redacting a secret once every owner unregistered it', () => {
    const redactor = createRedactor();
    const first = redactor.register(PASS);
    const second = redactor.register(PASS);
    first();
    first(); // a second call must not count twice
    expect(redactor.contains(PASS)).toBe(true);
    second();
    expect(redactor.contains(PASS)).toBe(false);
    expect(redactor.redactText(PASS)).toBe(PASS);
  });

  it('redacts nested objects, arrays, maps, URLs and errors with their cause', () => {
    const redactor = createRedactor();
    redactor.register(PASS);
    const cause = new Error(`inner ${PASS}`);
    const error = new Error(`outer ${PASS}`, { cause });
    const value = {
      a: { b: [{ c: `deep ${PASS}` }] },
      url: new URL(`https://example.test/cb?state=1&note=${encodeURIComponent('x')}#${PASS}`),
      map: new Map([['k', PASS]]),
      error,
    };
    const out = JSON.stringify(redactor.redact(value));
    expect(out).not.toContain(PASS);
    expect(out).toContain('deep [redacted]');
    expect(out).toContain('inner [redacted]');
    expect(out).toContain('outer [redacted]');
  });

  it('redacts secret-named keys whatever their value, in any spelling', () => {
    const redactor = createRedactor();
    const out = redactor.redact({
      access_token: 'a1',
      refreshToken: 'b2',
      id_token: 'c3',
      temporaryAccessPass: 'd4',
      Authorization: 'Bearer e5',
      code: 'f6-oauth-code',
      code_verifier: 'g7',
      client_info: 'h8',
      password: { nested: 'i9' },
      keep: 'visible',
    });
    expect(out).toEqual({
      access_token: '[redacted]',
      refreshToken: '[redacted]',
      id_token: '[redacted]',
      temporaryAccessPass: '[redacted]',
      Authorization: '[redacted]',
      code: '[redacted]',
      code_verifier: '[redacted]',
      client_info: '[redacted]',
      password: '[redacted]',
      keep: 'visible',
    });
  });

  it('keeps our own error codes and Node system codes legible under a `code` key', () => {
    const redactor = createRedactor();
    expect(redactor.redact({ code: 'handoff-gone' })).toEqual({ code: 'handoff-gone' });
    expect(redactor.redact({ code: 'ENOENT' })).toEqual({ code: 'ENOENT' });
    expect(redactor.redact({ code: 429 })).toEqual({ code: 429 });
  });

  it('redacts OAuth parameters in URLs, bearer headers, JSON bodies and JWTs in text', () => {
    const redactor = createRedactor();
    const jwt = 'eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.c2ln';
    const text = [
      'GET http://127.0.0.1:5000/?code=abc123&client_info=eyJ1aWQ&state=ok',
      'Authorization: Bearer tok.en-value',
      '{"access_token":"at-secret","token_type":"Bearer"}',
      `jwt ${jwt}`,
    ].join('\n');
    const out = redactor.redactText(text);
    for (const secret of ['abc123', 'eyJ1aWQ', 'tok.en-value', 'at-secret', jwt]) {
      expect(out).not.toContain(secret);
    }
    expect(out).toContain('state=ok');
  });

  it('survives cycles', () => {
    const redactor = createRedactor();
    const a: Record<string, unknown> = { name: 'a' };
    a['self'] = a;
    expect(redactor.redact(a)).toEqual({ name: 'a', self: '[circular]' });
  });
});
