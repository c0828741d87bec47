/**
 * Hostile IPC input (issue 8): every command gets thousands of generated malformed arguments
 * through the same dispatch path the shell and the harness use.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/wiring/dispatch';
import type { Handlers } from '../../../main/wiring/handlers';
import { commandNames, commands, type Command } from '../../../preload/contract';

const runsPerCommand = Number(process.env.TAP_DESK_FUZZ_RUNS ?? 1500);

/** Figures for the test summary: how much hostile input went through, and what got past. */
const figures = { inputs: 0, handlerCallsWithInvalidArgs: 0, heapGrowthMb: 0 };
afterAll(() => {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/hostile-ipc-figures.json', JSON.stringify(figures));
});

function recordingHandlers(): { handlers: Handlers; calls: { command: Command; args: unknown }[] } {
  const calls: { command: Command; args: unknown }[] = [];
  const handlers = Object.fromEntries(
    commandNames.map((command) => [
      command,
      async (args: unknown) => {
        calls.push({ command, args });
        return null;
      },
    ]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

const pollutionKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty');
const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\u0000', '\uD800', '\u202E', 'ｏｐｅｎ', '../../etc/passwd', "' or 1 eq 1", '#&%'),
  fc.integer({ min: 10_000, max: 3_000_000 }).map((n) => 'x'.repeat(n)),
);
const leaf = fc.oneof(
  hostileString,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.bigInt(),
);
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(pollutionKeys, fc.string({ maxLength: 12 })), tie('value'), { maxKeys: 5 }),
  ),
})).value;
/** Nesting far deeper than any schema, built without recursion in the generator. */
const deepNesting = fc.integer({ min: 100, max: 5000 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { nested: value };
  return value;
});
/** One valid argument per command; the fuzzer breaks one field at a time. */
const validArgs: { readonly [C in Command]: Record<string, unknown> } = {
  'app.info': {},
  'config.get': {},
  'config.setTenant': {
    tenantId: '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9',
    clientId: '1b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9',
    cloud: 'Public',
  },
  'config.useDemo': {},
  'auth.refreshRoles': {},
  'config.setHandoff': { displaySeconds: 60, showQr: true },
  'auth.status': {},
  'auth.signIn': { flow: 'browser' },
  'auth.cancel': {},
  'auth.signOut': {},
  'users.search': { query: 'adele' },
  'users.card': { user: 'adele@contoso.example' },
  'users.cancel': {},
  'tap.mint': {
    user: 'adele@contoso.example',
    lifetimeInMinutes: 60,
    isUsableOnce: true,
    replace: false,
    verification: { tier: 'standard', checked: ['photo-id'], method: 'In person', ticket: 'INC123456' },
  },
  'tap.revoke': { user: 'adele@contoso.example', tapId: 'abc', ticket: 'INC123456' },
  'handoff.copy': { handoffId: '5b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9' },
  'handoff.spell': { handoffId: '5b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9' },
  'handoff.close': { handoffId: '5b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9', reason: 'hidden' },
  'audit.list': { technician: 'ana' },
  'audit.verify': {},
  'audit.exportCsv': {},
  'audit.forwarding': {},
  'queue.get': {},
  'queue.import': { name: 'monday.csv', text: 'upn,ticket\r\nadele@contoso.example,INC123456' },
  'queue.check': { rowId: '6b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9' },
  'queue.cancel': {},
  'queue.clear': {},
  'queue.exportCsv': {},
  'shell.openHelp': { topic: 'roles' },
  'pim.activate': { roleKey: 'c4e39bd9-1100-46d3-8c65-fb160da0071f|/', minutes: 60, justification: 'Desk shift', ticket: 'INC0012345' },
  'pim.deactivate': { roleKey: 'c4e39bd9-1100-46d3-8c65-fb160da0071f|/' },
  'follow.list': {},
  'follow.stop': { userId: '6b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9' },
  'follow.revoke': { userId: '6b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9' },
  'demo.playPerson': { userId: '6b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9', method: 'fido2' },
};

function nearlyValid(command: Command) {
  const base = validArgs[command];
  const keys = [...Object.keys(base), '__proto__', 'extra'];
  return fc.tuple(fc.constantFrom(...keys), hostileValue).map(([key, value]) => {
    const copy: Record<string, unknown> = { ...base };
    Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
    return copy;
  });
}

const pollutedObject = fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'));

describe('dispatch under hostile input', () => {
  it.each(commandNames)('%s: answers bad-request or reaches the handler only with valid args', async (command) => {
    const { handlers, calls } = recordingHandlers();
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileValue, deepNesting, pollutedObject, nearlyValid(command)), async (args) => {
        calls.length = 0;
        figures.inputs += 1;
        const reply = await dispatch(handlers, command, args);
        if (reply.ok) {
          expect(calls).toHaveLength(1);
          const valid = commands[command].args.safeParse(calls[0]?.args).success;
          if (!valid) figures.handlerCallsWithInvalidArgs += 1;
          expect(valid).toBe(true);
        } else {
          expect(reply.error.code).toBe('bad-request');
          expect(calls).toHaveLength(0);
          expect(reply.error.message.length).toBeLessThan(300);
        }
      }),
      { numRuns: runsPerCommand },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(commandNames)('%s: its valid example reaches the handler', async (command) => {
    const { handlers, calls } = recordingHandlers();
    const reply = await dispatch(handlers, command, validArgs[command]);
    expect(reply.ok).toBe(true);
    expect(calls).toHaveLength(1);
  });

  it('refuses unknown and hostile command names without reaching any handler', async () => {
    const { handlers, calls } = recordingHandlers();
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileValue, pollutionKeys), async (name) => {
        fc.pre(!(typeof name === 'string' && commandNames.includes(name as Command)));
        const reply = await dispatch(handlers, name, {});
        expect(reply).toMatchObject({ ok: false, error: { code: 'bad-request' } });
      }),
      { numRuns: runsPerCommand },
    );
    expect(calls).toHaveLength(0);
  });

  it('keeps memory bounded across many hostile calls', async () => {
    const { handlers } = recordingHandlers();
    const before = process.memoryUsage().heapUsed;
    const samples = fc.sample(fc.oneof(hostileValue, deepNesting), 3000);
    figures.inputs += samples.length;
    for (const [index, args] of samples.entries()) {
      await dispatch(handlers, commandNames[index % commandNames.length], args);
    }
    samples.length = 0;
    globalThis.gc?.();
    const grownMb = (process.memoryUsage().heapUsed - before) / 1_048_576;
    figures.heapGrowthMb = Math.max(0, Math.round(grownMb));
    expect(grownMb).toBeLessThan(64);
  });
});

describe('the hostile-input gate itself', () => {
  it('catches a dispatcher that skips argument parsing', async () => {
    const { handlers, calls } = recordingHandlers();
    // A deliberately broken copy of dispatch: it forgets to parse before calling the handler.
    const brokenDispatch = async (command: Command, args: unknown) => {
      await (handlers[command] as (a: unknown) => Promise<unknown>)(args);
      return { ok: true as const, value: null };
    };
    const outcome = await fc.check(
      fc.asyncProperty(fc.oneof(hostileValue, nearlyValid('tap.mint')), async (args) => {
        calls.length = 0;
        const reply = await brokenDispatch('tap.mint', args);
        return !reply.ok || commands['tap.mint'].args.safeParse(calls[0]?.args).success;
      }),
      { numRuns: 200 },
    );
    expect(outcome.failed).toBe(true);
  });
});
