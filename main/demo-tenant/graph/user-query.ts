import { tokenize } from '../directory/prefix-index';
import { indexedProperties, type Directory, type IndexedProperty } from '../directory/store';
import type { DirectoryUser } from '../directory/types';
import { GraphFailure } from '../http/types';
import type { FilterNode } from './odata-filter';
import type { SearchNode } from './odata-search';

const indexed = new Map<string, IndexedProperty>(indexedProperties.map((p) => [p.toLowerCase(), p]));
/** Non-string properties `eq` may test; answered by a scan. */
const scalar = new Map<string, keyof DirectoryUser>([
  ['id', 'id'], ['accountenabled', 'accountEnabled'], ['usertype', 'userType'], ['onpremisessyncenabled', 'onPremisesSyncEnabled'],
]);

const unsupportedProperty = (property: string): GraphFailure =>
  new GraphFailure(400, 'Request_UnsupportedQuery', `Unsupported or invalid query filter clause specified for property '${property}' of resource 'User'.`);

const needsAdvanced = (operator: string): GraphFailure =>
  new GraphFailure(
    400,
    'Request_UnsupportedQuery',
    `Operator '${operator}' is not supported because the required parameters might be missing. Try adding $count=true query parameter and ConsistencyLevel:eventual header. Refer to https://aka.ms/graph-docs/advanced-queries for more information`,
  );

const intersect = (a: readonly number[], b: readonly number[]): number[] => {
  const set = new Set(b);
  return a.filter((r) => set.has(r));
};
const union = (a: readonly number[], b: readonly number[]): number[] => [...new Set([...a, ...b])].sort((x, y) => x - y);
const complement = (rows: readonly number[], size: number): number[] => {
  const set = new Set(rows);
  const out: number[] = [];
  for (let r = 0; r < size; r++) if (!set.has(r)) out.push(r);
  return out;
};
const scan = (directory: Directory, keep: (u: DirectoryUser) => boolean): number[] => {
  const out: number[] = [];
  directory.users.forEach((u, row) => {
    if (keep(u)) out.push(row);
  });
  return out;
};

/** Rows matching a `$filter`, ascending. `advanced` = ConsistencyLevel: eventual + $count=true. */
export function evaluateFilter(directory: Directory, node: FilterNode, advanced: boolean): number[] {
  switch (node.kind) {
    case 'and':
      return intersect(evaluateFilter(directory, node.left, advanced), evaluateFilter(directory, node.right, advanced));
    case 'or':
      return union(evaluateFilter(directory, node.left, advanced), evaluateFilter(directory, node.right, advanced));
    case 'not':
      if (!advanced) throw needsAdvanced('not');
      return complement(evaluateFilter(directory, node.inner, advanced), directory.users.length);
    case 'fn': {
      const property = indexed.get(node.property.toLowerCase());
      if (!property) throw unsupportedProperty(node.property);
      const value = node.value.toLowerCase();
      if (node.name === 'startswith') return directory.index(property).prefix(value);
      if (!advanced) throw needsAdvanced('endsWith');
      if (property !== 'mail' && property !== 'userPrincipalName') throw unsupportedProperty(node.property);
      return scan(directory, (u) => (u[property] ?? '').toLowerCase().endsWith(value));
    }
    case 'cmp': {
      if (node.op === 'ne' && !advanced) throw needsAdvanced('ne');
      const key = node.property.toLowerCase();
      const property = indexed.get(key);
      let rows: number[];
      if (property && typeof node.value === 'string') rows = directory.index(property).equal(node.value.toLowerCase());
      else if (property && node.value === null) rows = scan(directory, (u) => u[property] === null);
      else {
        const field = scalar.get(key);
        if (!field) throw unsupportedProperty(node.property);
        const wanted = typeof node.value === 'string' ? node.value.toLowerCase() : node.value;
        rows = scan(directory, (u) => {
          const actual = u[field];
          return (typeof actual === 'string' ? actual.toLowerCase() : actual) === wanted;
        });
      }
      return node.op === 'eq' ? rows : complement(rows, directory.users.length);
    }
  }
}

/** Properties `$search` accepts on users; displayName is tokenized, the rest match as startsWith (A.6.1). */
const searchable = new Map<string, IndexedProperty>(
  (['displayName', 'givenName', 'surname', 'userPrincipalName', 'mail', 'employeeId', 'jobTitle', 'department'] as const).map((p) => [p.toLowerCase(), p]),
);

export function evaluateSearch(directory: Directory, node: SearchNode): number[] {
  if (node.kind !== 'term') {
    const left = evaluateSearch(directory, node.left);
    const right = evaluateSearch(directory, node.right);
    return node.kind === 'and' ? intersect(left, right) : union(left, right);
  }
  const key = node.property.toLowerCase();
  if (key === 'description') return [];
  const property = searchable.get(key);
  if (!property) {
    throw new GraphFailure(400, 'Request_UnsupportedQuery', `Unsupported or invalid query search clause specified for property '${node.property}' of resource 'User'.`);
  }
  if (property !== 'displayName') return directory.index(property).prefix(node.value.toLowerCase());
  const words = tokenize(node.value);
  if (words.length === 0) return directory.users.map((_u, row) => row);
  // Every word of the query must start some word of the display name.
  return words.map((w) => directory.displayNameTokens().prefix(w)).reduce((a, b) => intersect(a, b));
}
