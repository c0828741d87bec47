import type { FieldKey, Settings } from './fields';
import type { Layer } from './parse-layer';

/**
 * Combines two layers of the same source (the registry over policy.json on Windows): per field,
 * the first layer with a valid value wins; both layers' names and problems are kept.
 */
export function mergeLayers(first: Layer, second: Layer): Layer {
  const values: Partial<Record<FieldKey, unknown>> = { ...second.values, ...first.values };
  return {
    values: values as Partial<Settings>,
    named: new Set([...first.named, ...second.named]),
    problems: [...first.problems, ...second.problems],
  };
}
