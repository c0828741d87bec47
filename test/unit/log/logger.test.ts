import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../main/log/logger';
import { createRedactor } from '../../../main/log/redactor';

// Every symbol class a pass can hold, including JSON-escaped characters (quote, backslash).
const PASS = 'Ab3"x\\Q9+z';

function setup() {
  const redactor = createRedactor();
  const lines: string[] = [];
  const logger = createLogger({
    redactor,
    level: 'debug',
    destination: { write: (line: string) => void lines.push(line) },
  });
  return { redactor, logger, output: () => lines.join('') };
}

describe('createLogger', () => {
  it('writes JSON lines', () => {
    const { logger, output } = setup();
    logger.info({ user: 'adele@contoso.test' }, 'card loaded');
    const parsed = JSON.parse(output()) as Record<string, unknown>;
    expect(parsed['msg']).toBe('card loaded');
    expect(parsed['user']).toBe('adele@contoso.test');
  });

  it('never prints a registered pass: message, format args, nested fields, errors, URLs, bindings', () => {
    const { redactor, logger, output } = setup();
    redactor.register(PASS);
    logger.info(`minted ${PASS}`);
    logger.info('minted %s for %o', PASS, { pass: PASS });
    logger.warn({ reply: { value: { handoff: { note: [`x${PASS}y`] } } } }, 'reply');
    const error = new Error(`failed with ${PASS}`);
    logger.error(error);
    logger.error({ err: new Error('wrapped', { cause: error }) }, 'wrapped');
    logger.debug(
      { url: new URL(`https://graph.test/x?q=${encodeURIComponent(PASS)}&raw=${PASS}`) },
      'url',
    );
    logger.debug(`https://graph.test/x?raw=${PASS}`);
    logger.child({ handoff: PASS }).info('child');
    const out = output();
    expect(out).not.toContain(PASS);
    expect(out).not.toContain(JSON.stringify(PASS).slice(1, -1));
    expect(out).not.toContain(encodeURIComponent(PASS));
    expect(out).not.toContain(new URLSearchParams({ q: PASS }).toString().slice(2));
    expect(out).not.toContain('Ab3'); // no fragment of it in any encoding
    expect(out).toContain('[redacted]');
    // The stack was kept, just redacted.
    expect(out).toContain('failed with [redacted]');
    expect(out.split('\n').filter(Boolean)).toHaveLength(8);
  });

  it('redacts token fields by name', () => {
    const { logger, output } = setup();
    logger.info(
      { body: { access_token: 'at-1', refresh_token: 'rt-2', code_verifier: 'cv-3' } },
      'token reply',
    );
    const out = output();
    for (const secret of ['at-1', 'rt-2', 'cv-3']) expect(out).not.toContain(secret);
  });

  it('prints a pass again only after it is unregistered (the redactor is live, not a snapshot)', () => {
    const { redactor, logger, output } = setup();
    const unregister = redactor.register('Zz99Yy88');
    logger.info('first Zz99Yy88');
    unregister();
    logger.info('second Zz99Yy88');
    const [first, second] = output().split('\n');
    expect(first).not.toContain('Zz99Yy88');
    expect(second).toContain('Zz99Yy88');
  });
});
