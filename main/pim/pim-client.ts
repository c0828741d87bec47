/**
 * The PIM write and the polls, as raw Graph calls over the app's Http port: the refusals carry
 * what TAP Desk needs verbatim (the failed rule names, a claims challenge), which the shared
 * Graph error translation would rightly turn into words first.
 */
import type { Http } from '../kernel/ports';
import { graphV1Root } from '../auth/scopes';

export interface PimReply {
  readonly status: number;
  readonly body: Record<string, unknown> | null;
  readonly requestId?: string;
  /** Graph `error.code` and `error.message` when it refused. */
  readonly code?: string;
  readonly message?: string;
}

export interface ScheduleRequest {
  readonly action: 'selfActivate' | 'selfDeactivate';
  readonly principalId: string;
  readonly roleDefinitionId: string;
  readonly directoryScopeId: string;
  readonly justification?: string;
  readonly minutes?: number;
  readonly ticket?: string;
  readonly now: number;
}

export function scheduleRequestBody(r: ScheduleRequest): Record<string, unknown> {
  const base = { action: r.action, principalId: r.principalId, roleDefinitionId: r.roleDefinitionId, directoryScopeId: r.directoryScopeId };
  if (r.action === 'selfDeactivate') return base;
  return {
    ...base,
    ...(r.justification ? { justification: r.justification } : {}),
    scheduleInfo: { startDateTime: new Date(r.now).toISOString(), expiration: { type: 'afterDuration', duration: `PT${String(r.minutes ?? 60)}M` } },
    ...(r.ticket ? { ticketInfo: { ticketNumber: r.ticket, ticketSystem: 'TAP Desk' } } : {}),
  };
}

export async function pimCall(http: Http, graphBaseUrl: string, token: string, method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal): Promise<PimReply> {
  const response = await http.fetch(`${graphV1Root(graphBaseUrl)}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...(signal ? { signal } : {}),
  });
  const text = await response.text();
  let json: Record<string, unknown> | null = null;
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : null;
  } catch {
    json = null;
  }
  const error = (json?.['error'] ?? null) as { code?: unknown; message?: unknown } | null;
  const requestId = response.headers.get('request-id') ?? undefined;
  return {
    status: response.status,
    body: json,
    ...(requestId ? { requestId } : {}),
    ...(typeof error?.code === 'string' ? { code: error.code } : {}),
    ...(typeof error?.message === 'string' ? { message: error.message } : {}),
  };
}

export const requestsPath = '/roleManagement/directory/roleAssignmentScheduleRequests';
export const ownRequestPath = (id: string): string =>
  `${requestsPath}/filterByCurrentUser(on='principal')?$filter=${encodeURIComponent(`id eq '${id.replaceAll("'", "''")}'`)}`;
