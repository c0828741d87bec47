/** `$select` and the `@odata.context` that goes with it, for any entity type the emulator serves (A.6.1). */
import { fail } from './respond';

/**
 * A parser for one entity type's `$select`: names are case-insensitive (as Graph accepts) and come
 * back canonical, in the selection's order; no `$select` gives the defaults; a name the type does
 * not have is a 400 "Could not find a property named…".
 */
export function selectParser<P extends string>(
  entityType: string,
  selectable: Iterable<P>,
  defaults: readonly P[],
): (select: string | null) => readonly P[] {
  const canonical = new Map([...selectable].map((p) => [p.toLowerCase(), p]));
  return (select) => {
    if (select === null || select.trim() === '') return defaults;
    return select.split(',').map((raw) => {
      const name = raw.trim();
      const known = canonical.get(name.toLowerCase());
      if (!known)
        throw fail.requestBadRequest(
          `Could not find a property named '${name}' on type '${entityType}'.`,
        );
      return known;
    });
  };
}

/** `@odata.context` for an entity set, with the select list when one was given: `…/$metadata#groups(id,displayName)/$entity`. */
export function entityContext(
  origin: string,
  version: string,
  entitySet: string,
  select: string | null,
  entity: boolean,
): string {
  const list =
    select === null || select.trim() === ''
      ? ''
      : `(${select
          .split(',')
          .map((s) => s.trim())
          .join(',')})`;
  return `${origin}/${version}/$metadata#${entitySet}${list}${entity ? '/$entity' : ''}`;
}
