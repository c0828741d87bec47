/**
 * Turns one settings document (a policy file, the registry's PolicyJson, the user's settings) into
 * a layer: the fields it sets validly, every field it names (valid or not), and a problem for
 * each thing wrong, naming the file, the field and the fix.
 */
import type { ConfigProblem } from '../../preload/contract';
import { fieldSpecs } from './fields';
import type { FieldKey, FieldSpec, Settings } from './fields';

export interface Layer {
  readonly values: Partial<Settings>;
  /** Fields the document mentions, valid or not: the tenant rule in resolve.ts needs them. */
  readonly named: ReadonlySet<FieldKey>;
  readonly problems: readonly ConfigProblem[];
}

export const emptyLayer: Layer = { values: {}, named: new Set(), problems: [] };

export interface ParseOptions {
  /** Shown to the admin as the problem's `file`. */
  readonly file: string;
  readonly platform: NodeJS.Platform;
  /** Prepended to field names, e.g. `PolicyJson.` for the registry. */
  readonly fieldPrefix?: string;
  /** Names a refused field as the admin wrote it (the registry's value names); dotted paths otherwise. */
  readonly fieldName?: (spec: FieldSpec, dotted: string) => string;
  /**
   * Machine policy fails closed: a field it gets wrong is locked to the safe default, and the
   * problem says so. A user's bad value only falls back.
   */
  readonly role?: 'policy' | 'user';
}

type Shape = { [key: string]: true | Shape };

/** The document's structure, from the field table; `$comment` is allowed in every object. */
function knownShape(platform: NodeJS.Platform): Shape {
  const root: Shape = { $comment: true };
  for (const spec of fieldSpecs(platform)) {
    const keys = spec.key === 'verification.ticket' ? [spec.path, ticketExamplePath] : [spec.path];
    for (const keyPath of keys) {
      let node = root;
      for (const key of keyPath.slice(0, -1)) {
        const child = node[key];
        node = typeof child === 'object' ? child : (node[key] = { $comment: true });
      }
      node[keyPath[keyPath.length - 1] ?? ''] = true;
    }
  }
  return root;
}

const ticketExamplePath = ['verification', 'ticketExample'];

export const lockedSuffix =
  '. Machine policy fails closed: the setting is locked to its safe default until this is fixed';

const secretLike = /secret|password|token|credential|private.?key|certificate/i;

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseLayer(doc: unknown, options: ParseOptions): Layer {
  const prefix = options.fieldPrefix ?? '';
  const problem = (field: string, message: string, fix: string): ConfigProblem => ({
    file: options.file,
    field: `${prefix}${field}`,
    message,
    fix,
  });
  if (!isPlainObject(doc)) {
    return {
      values: {},
      named: new Set(),
      problems: [
        problem(
          '(whole file)',
          'is not a JSON object',
          'Make the file one JSON object: { "tenantId": "…", … }.',
        ),
      ],
    };
  }
  const problems = structureProblems(doc, knownShape(options.platform), []).map((p) =>
    problem(p.field, p.message, p.fix),
  );
  const values: Record<string, unknown> = {};
  const named = new Set<FieldKey>();
  for (const spec of fieldSpecs(options.platform)) {
    const raw = spec.key === 'verification.ticket' ? readTicket(doc) : readAt(doc, spec.path);
    if (raw === undefined) continue;
    named.add(spec.key);
    const parsed = spec.schema.safeParse(raw);
    if (parsed.success) {
      values[spec.key] = parsed.data;
      continue;
    }
    const issue = parsed.error.issues[0];
    const dotted =
      spec.key === 'verification.ticket'
        ? issue?.path[0] === 'example'
          ? ticketExamplePath.join('.')
          : 'verification.ticketPattern'
        : spec.path.join('.');
    const field = options.fieldName?.(spec, dotted) ?? dotted;
    const where =
      issue && issue.path.length > 0 && spec.key !== 'verification.ticket'
        ? ` (at ${issue.path.join('.')})`
        : '';
    problems.push(
      problem(
        field,
        `${issue?.message ?? 'is not valid'}${where}; found ${describe(raw)}${options.role === 'policy' ? lockedSuffix : ''}`,
        spec.fix,
      ),
    );
  }
  return { values: values as Partial<Settings>, named, problems };
}

function readAt(doc: Record<string, unknown>, keys: readonly string[]): unknown {
  let node: unknown = doc;
  for (const key of keys) {
    if (!isPlainObject(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/** The pattern and its example travel together: an example must match the pattern it sits with. */
function readTicket(doc: Record<string, unknown>): unknown {
  const pattern = readAt(doc, ['verification', 'ticketPattern']);
  const example = readAt(doc, ['verification', 'ticketExample']);
  if (pattern === undefined && example === undefined) return undefined;
  return { pattern, example };
}

interface RawProblem {
  readonly field: string;
  readonly message: string;
  readonly fix: string;
}

function structureProblems(
  node: Record<string, unknown>,
  shape: Shape,
  at: readonly string[],
): RawProblem[] {
  const found: RawProblem[] = [];
  for (const [key, value] of Object.entries(node)) {
    const field = [...at, key].join('.');
    const expected = shape[key];
    if (expected === undefined) {
      found.push(
        secretLike.test(key)
          ? {
              field,
              message:
                'looks like a secret; TAP Desk is a public client and never reads or stores secrets',
              fix: 'Remove this field from the file, and rotate the secret if it was real.',
            }
          : {
              field,
              message: 'is not a TAP Desk setting and was ignored',
              fix: 'Remove it, or check its spelling against policy.example.json.',
            },
      );
    } else if (expected !== true) {
      if (isPlainObject(value)) found.push(...structureProblems(value, expected, [...at, key]));
      else
        found.push({
          field,
          message: `must be an object; found ${describe(value)}`,
          fix: 'See policy.example.json for its shape.',
        });
    }
  }
  return found;
}

/** A short, safe description of a refused value for the problem message. */
function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
