import { commands, type Command, type Reply } from '../../preload/contract';
import type { Handlers } from './handlers';
import { toReplyError } from '../kernel/result';

function isCommand(name: unknown): name is Command {
  return typeof name === 'string' && Object.hasOwn(commands, name);
}

/**
 * The schema's verdict, or null when the value could not even be inspected: zod compares a
 * string's `length` before it knows the value is a string, and an object without a prototype
 * (say `{ length: Object.create(null) }`) throws on that comparison.
 */
function safeParse(name: Command, rawArgs: unknown) {
  try {
    return commands[name].args.safeParse(rawArgs);
  } catch {
    return null;
  }
}

/**
 * Parses a command's raw arguments and runs its handler. Shared by `main/shell/ipc.ts` and the web
 * test harness, so both paths validate exactly the same way. Never throws.
 */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  rawArgs: unknown,
): Promise<Reply<unknown>> {
  if (!isCommand(name)) {
    return { ok: false, error: { code: 'bad-request', message: 'Unknown command.' } };
  }
  const parsed = safeParse(name, rawArgs);
  if (!parsed) {
    return { ok: false, error: { code: 'bad-request', message: `The request to ${name} could not be read.` } };
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
    return {
      ok: false,
      error: {
        code: 'bad-request',
        message: `The request to ${name} was not valid${where}.`,
        hint: issue?.message.slice(0, 200),
      },
    };
  }
  try {
    const handler = handlers[name] as (args: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    return { ok: false, error: toReplyError(error) };
  }
}
