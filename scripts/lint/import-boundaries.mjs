/**
 * ESLint rules that judge an import by where it lands, not by how it is spelled:
 * `no-restricted-imports` sees only the text, so `../electron/x` from main/tap/ and
 * `../../electron/x` from main/tap/sub/ would each need their own pattern. Here a relative
 * specifier is resolved against the importing file and matched, repository-relative and without
 * its extension, against globs.
 *
 * - `no-import-from` ({ paths, message }): the file may not import anything under `paths`.
 * - `imports-only` ({ packages, paths, message }): the file may import only those packages and
 *   files under those paths.
 *
 * The plugin registers each under more than one name, so that folders which overlap (a use case
 * is also production code) can carry several boundaries without one config block overriding
 * another's options.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { minimatch } from 'minimatch';

/** Where a relative `specifier` lands, e.g. 'main/electron/clipboard'; undefined for a package. */
function landing(context, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const absolute = resolve(dirname(context.filename), specifier);
  return relative(context.cwd, absolute).split(sep).join('/').replace(/\.(d\.ts|tsx?|[mc]?js|json)$/, '');
}

/** True when `path` (or `path/index`, a folder import) matches one of `globs`. */
function matches(path, globs) {
  return [path, `${path}/index`].some((candidate) => globs.some((glob) => minimatch(candidate, glob)));
}

/** The package an import names: `zod`, `@scope/name`, `node:fs`. */
function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Calls `check(node, specifier)` for every static or literal import, export-from and require. */
function eachImport(check) {
  const visit = (node, source) => {
    if (source?.type === 'Literal' && typeof source.value === 'string') check(source, source.value);
  };
  return {
    ImportDeclaration: (node) => visit(node, node.source),
    ExportNamedDeclaration: (node) => visit(node, node.source),
    ExportAllDeclaration: (node) => visit(node, node.source),
    ImportExpression: (node) => visit(node, node.source),
    CallExpression: (node) => {
      if (node.callee.type === 'Identifier' && node.callee.name === 'require') visit(node, node.arguments[0]);
    },
  };
}

const optionsSchema = {
  type: 'object',
  properties: {
    paths: { type: 'array', items: { type: 'string' } },
    packages: { type: 'array', items: { type: 'string' } },
    message: { type: 'string' },
  },
  required: ['message'],
  additionalProperties: false,
};

/** @type {import('eslint').Rule.RuleModule} */
const noImportFrom = {
  meta: { type: 'problem', schema: [optionsSchema], messages: { forbidden: '{{ specifier }}: {{ message }}' } },
  create(context) {
    const { paths = [], message } = context.options[0];
    return eachImport((node, specifier) => {
      const path = landing(context, specifier);
      if (path !== undefined && matches(path, paths))
        context.report({ node, messageId: 'forbidden', data: { specifier, message } });
    });
  },
};

/** @type {import('eslint').Rule.RuleModule} */
const importsOnly = {
  meta: { type: 'problem', schema: [optionsSchema], messages: { forbidden: '{{ specifier }}: {{ message }}' } },
  create(context) {
    const { paths = [], packages = [], message } = context.options[0];
    return eachImport((node, specifier) => {
      const path = landing(context, specifier);
      const allowed = path === undefined ? packages.includes(packageName(specifier)) : matches(path, paths);
      if (!allowed) context.report({ node, messageId: 'forbidden', data: { specifier, message } });
    });
  },
};

export const importBoundaries = {
  meta: { name: 'tap-desk-import-boundaries' },
  rules: {
    'use-case-imports': noImportFrom,
    'no-test-code': noImportFrom,
    'contract-imports': importsOnly,
  },
};
