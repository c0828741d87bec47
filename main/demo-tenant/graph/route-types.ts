import type { TenantContext } from '../context';
import type { EmuRequest, EmuResponse } from '../http/types';

/** One Graph call after routing: `/v1.0` or `/beta`, the path params and the body. */
export interface GraphCall {
  readonly context: TenantContext;
  readonly request: EmuRequest;
  readonly version: 'v1.0' | 'beta';
  /** Named path params; `id` is `@me` on the `/me/...` forms. */
  readonly params: Readonly<Record<string, string>>;
  /** True inside `$batch`, where nesting another batch is refused. */
  readonly inBatch: boolean;
}

export type GraphHandler = (call: GraphCall) => EmuResponse | Promise<EmuResponse>;

export interface GraphRoute {
  readonly method: string;
  /** Segments after the version; `:name` captures one segment. */
  readonly pattern: readonly string[];
  readonly handler: GraphHandler;
}

/** The Graph version prefixes the emulator serves. */
export const graphVersions = ['v1.0', 'beta'] as const;
