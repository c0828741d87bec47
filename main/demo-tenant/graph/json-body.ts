import { GraphFailure } from '../http/types';
import type { EmuRequest } from '../http/types';

/** Parses a JSON object body; an empty body counts as `{}`. Malformed → Graph's 400. */
export function jsonObjectBody(request: EmuRequest): Record<string, unknown> {
  if (request.rawBody.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(request.rawBody);
  } catch {
    throw new GraphFailure(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GraphFailure(400, 'BadRequest', 'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.');
  }
  return value as Record<string, unknown>;
}

/** OData's wording when a literal does not fit the property type. */
export function typeMismatch(value: unknown, edmType: string): GraphFailure {
  return new GraphFailure(400, 'BadRequest', `Cannot convert the literal '${String(value)}' to the expected type '${edmType}'.`);
}
