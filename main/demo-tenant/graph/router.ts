import type { TenantContext } from '../context';
import type { EmuRequest, EmuResponse } from '../http/types';
import { GraphFailure } from '../http/types';
import { graphError } from './respond';
import type { GraphCall, GraphRoute } from './route-types';

type Match = { readonly route: GraphRoute; readonly params: Record<string, string> };

function matchPattern(pattern: readonly string[], segments: readonly string[]): Record<string, string> | null {
  if (pattern.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i] ?? '';
    const s = segments[i] ?? '';
    if (p.startsWith(':')) params[p.slice(1)] = s;
    else if (p.toLowerCase() !== s.toLowerCase()) return null;
  }
  return params;
}

/**
 * Adds the `/me/...` twin of every `/users/:id/...` route, so both address the same handlers.
 */
export function withMeRoutes(routes: readonly GraphRoute[]): GraphRoute[] {
  const twins = routes
    .filter((r) => r.pattern[0] === 'users' && r.pattern[1] === ':id')
    .map((r) => ({ ...r, pattern: ['me', ...r.pattern.slice(2)] }));
  return [...routes, ...twins];
}

/** Dispatches a Graph path (after the version) to its route; 405 and unknown segments as Graph answers them. */
export function createGraphRouter(routes: readonly GraphRoute[]) {
  return async (
    context: TenantContext,
    request: EmuRequest,
    version: 'v1.0' | 'beta',
    segments: readonly string[],
    inBatch = false,
  ): Promise<EmuResponse> => {
    try {
      let found: Match | null = null;
      const allowed: string[] = [];
      for (const route of routes) {
        const params = matchPattern(route.pattern, segments);
        if (!params) continue;
        if (segments[0]?.toLowerCase() === 'me') params['id'] = '@me';
        if (route.method === request.method) {
          found = { route, params };
          break;
        }
        allowed.push(route.method);
      }
      if (!found && allowed.length > 0) {
        throw new GraphFailure(405, 'Request_BadRequest', 'Specified HTTP method is not allowed for the request uri.', undefined, { allow: allowed.join(', ') });
      }
      if (!found) throw new GraphFailure(400, 'BadRequest', `Resource not found for the segment '${unknownSegment(routes, segments)}'.`);
      const call: GraphCall = { context, request, version, params: found.params, inBatch };
      return await found.route.handler(call);
    } catch (error) {
      if (error instanceof GraphFailure) return graphError(request, context.clock.now(), error);
      throw error;
    }
  };
}

/** The first segment no route prefix accepts: what Graph names in "Resource not found for the segment". */
function unknownSegment(routes: readonly GraphRoute[], segments: readonly string[]): string {
  for (let i = 1; i <= segments.length; i++) {
    const prefix = segments.slice(0, i);
    const known = routes.some((r) => r.pattern.length >= i && matchPattern(r.pattern.slice(0, i), prefix) !== null);
    if (!known) return segments[i - 1] ?? '';
  }
  return segments[segments.length - 1] ?? '';
}
