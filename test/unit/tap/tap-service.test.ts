import { describe, expect, it } from 'vitest';
import type { Handoff } from '../../../preload/contract';
import { systemClock } from '../../../main/kernel/ports';
import type { AuditEntry } from '../../../main/tap/audit-sink';
import { createTapService } from '../../../main/tap/tap-service';
import { createUserService } from '../../../main/users/user-service';
import { fakeGraph, graphErrorReply, json, type SeenRequest } from '../graph/fake-graph';

const PASS = 'Canary+Pass7';
const TECH = { id: 'tech', userPrincipalName: 'tech@x', capability: 'everyone' as const };
const tapRecord = {
  id: 'tap-new',
  createdDateTime: '2026-11-26T09:00:00Z',
  startDateTime: '2026-11-26T09:00:00Z',
  lifetimeInMinutes: 60,
  isUsableOnce: false,
  isUsable: true,
  methodUsabilityReason: 'EnabledByPolicy',
};

interface Script {
  roles?: unknown[];
  mint?: (request: SeenRequest) => Response;
  readBack?: () => Response;
}

/** A minimal Graph: the policy, the card's $batch, and the TAP endpoints. */
function desk(script: Script = {}, options: { auditFails?: boolean; required?: string[] } = {}) {
  const { graph, http } = fakeGraph((request) => {
    if (request.url.includes('/policies/'))
      return json(200, {
        state: 'enabled',
        minimumLifetimeInMinutes: 60,
        maximumLifetimeInMinutes: 480,
        defaultLifetimeInMinutes: 60,
        includeTargets: [{ targetType: 'group', id: 'all_users' }],
        excludeTargets: [],
      });
    if (request.url.endsWith('/$batch')) {
      const body = JSON.parse(request.body ?? '{}') as { requests: { id: string }[] };
      const parts: Record<string, unknown> = {
        user: {
          id: 'u1',
          displayName: 'Adele Vance',
          userPrincipalName: 'adele@x',
          accountEnabled: true,
          userType: 'Member',
        },
        methods: { value: [] },
        tap: { value: [] },
        roles: { value: script.roles ?? [] },
      };
      return json(200, {
        responses: body.requests.map((r) => ({
          id: r.id,
          status: 200,
          headers: {},
          body: parts[r.id],
        })),
      });
    }
    if (request.method === 'POST')
      return (
        script.mint?.(request) ??
        json(201, { ...tapRecord, temporaryAccessPass: PASS }, { 'request-id': 'rid-mint' })
      );
    if (request.method === 'GET' && request.url.endsWith('/temporaryAccessPassMethods'))
      return script.readBack?.() ?? json(200, { value: [] });
    return graphErrorReply(404, 'itemNotFound', 'nope');
  });
  const users = createUserService({ graph, clock: systemClock, technician: () => TECH });
  const audit: AuditEntry[] = [];
  const handoffs: string[] = [];
  const tap = createTapService({
    graph,
    clock: systemClock,
    technician: () => TECH,
    cards: users,
    audit: {
      append: async (entry) => {
        if (options.auditFails) throw new Error('disk full');
        audit.push(entry);
      },
    },
    openHandoff: (pass, meta) => {
      handoffs.push(pass);
      return { handoffId: 'h1', pass, tap: meta.tap } as unknown as Handoff;
    },
    ...(options.required ? { requiredChecklist: () => options.required ?? [] } : {}),
  });
  return { tap, users, http, audit, handoffs };
}

const args = (patch: Record<string, unknown> = {}) => ({
  user: 'adele@x',
  lifetimeInMinutes: 60,
  isUsableOnce: false,
  replace: false,
  verification: {
    tier: 'standard' as const,
    checked: ['photo-id'],
    method: 'in person',
    ticket: 'INC-1',
  },
  ...patch,
});
const posts = (http: { seen: SeenRequest[] }) =>
  http.seen.filter((r) => r.method === 'POST' && !r.url.endsWith('/$batch'));

describe('createTapService().mint', () => {
  it('loads the card when none is cached, mints once, audits, then opens the handoff', async () => {
    const d = desk();
    const outcome = await d.tap.mint(args());
    expect(outcome.kind).toBe('minted');
    expect(posts(d.http)).toHaveLength(1);
    expect(JSON.parse(posts(d.http)[0]?.body ?? '{}')).toEqual({
      lifetimeInMinutes: 60,
      isUsableOnce: false,
    });
    expect(d.audit).toEqual([
      expect.objectContaining({
        action: 'mint',
        result: 'success',
        requestId: 'rid-mint',
        target: 'adele@x',
      }),
    ]);
    expect(d.handoffs).toEqual([PASS]);
  });

  it('does not show the pass when the audit journal cannot record it', async () => {
    const d = desk({}, { auditFails: true });
    const error = await d.tap.mint(args()).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'audit-unavailable', requestId: 'rid-mint' });
    expect(d.handoffs).toEqual([]);
    expect(JSON.stringify(error)).not.toContain(PASS);
    expect(String((error as Error).message)).not.toContain(PASS);
  });

  it('demands the privileged checklist for an admin and every required check', async () => {
    const admin = desk({
      roles: [
        {
          '@odata.type': '#microsoft.graph.directoryRole',
          id: 'r',
          displayName: 'User Administrator',
        },
      ],
    });
    await expect(admin.tap.mint(args())).rejects.toMatchObject({ code: 'verification-incomplete' });
    const strict = desk({}, { required: ['photo-id', 'callback'] });
    await expect(strict.tap.mint(args())).rejects.toMatchObject({
      code: 'verification-incomplete',
      message: '1 identity check is not ticked.',
    });
    expect(posts(admin.http).concat(posts(strict.http))).toEqual([]);
  });

  it('reads back after a gateway error and never posts twice', async () => {
    const d = desk({
      mint: () => graphErrorReply(502, 'BadGateway', 'upstream'),
      readBack: () => json(200, { value: [tapRecord] }),
    });
    const outcome = await d.tap.mint(args());
    expect(outcome).toMatchObject({
      kind: 'unknown',
      tapNow: { id: 'tap-new' },
      message: expect.stringMatching(/WAS created/),
    });
    expect(posts(d.http)).toHaveLength(1);
    expect(d.audit.at(-1)).toMatchObject({ result: 'unknown' });
  });

  it('says the outcome is unknown when even the read-back fails', async () => {
    const d = desk({
      mint: () => {
        throw Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNRESET' } });
      },
      readBack: () => graphErrorReply(500, 'generalException', 'boom'),
    });
    await expect(d.tap.mint(args())).rejects.toMatchObject({
      code: 'outcome-unknown',
      hint: expect.stringMatching(/check for a pass/),
    });
    expect(posts(d.http)).toHaveLength(1);
  });

  it('records a refused mint as a failure with its code', async () => {
    const d = desk({
      mint: () =>
        graphErrorReply(
          400,
          'badRequest',
          'Invalid StartDateTime specified. It can not be a time in the past.',
        ),
    });
    await expect(d.tap.mint(args())).rejects.toMatchObject({
      code: 'start-in-past',
      requestId: 'req-123',
    });
    expect(d.audit).toEqual([
      expect.objectContaining({
        result: 'failure',
        errorCode: 'start-in-past',
        requestId: 'req-123',
      }),
    ]);
  });
});
