/**
 * A live connection to one tenant (real or demo): sign-in, Graph, user lookup and TAP use cases
 * built for that tenant's endpoints. Switching tenant or entering demo mode builds a new one.
 */
import type { Handoff, Session, Technician } from '../../preload/contract';
import { createAuthService, type TechnicianAuth } from '../auth/auth-service';
import { idsOf, roleTemplates } from '../auth/role-templates';
import { mailSendScopes } from '../auth/scopes';
import { createFollowService, type FollowDeps, type FollowService } from '../follow/follow-service';
import { createGraph, type Graph } from '../graph/graph-client';
import { createPimService, type PimService, type PimServiceDeps } from '../pim/pim-service';
import type { Browser, Clock, Http, SecretStore } from '../kernel/ports';
import type { AuditSink } from '../tap/audit-sink';
import { createTapService, type HandoffMeta } from '../tap/tap-service';
import type { TechnicianContext } from '../tap/technician';
import type { TapService } from '../kernel/services';
import { createUserService, type UserServiceImpl } from '../users/user-service';

export interface TenantEndpoints {
  readonly authority: string;
  readonly clientId: string;
  /** Graph root, e.g. `https://graph.microsoft.com/`. */
  readonly graphRoot: string;
  /** Only for hosts MSAL does not know (the demo tenant). */
  readonly knownAuthorities?: readonly string[];
}

export interface ConnectionDeps {
  readonly endpoints: TenantEndpoints;
  readonly http: Http;
  readonly browser: Browser;
  readonly clock: Clock;
  readonly secretStore: SecretStore;
  readonly privilegedGroupIds: readonly string[];
  readonly requiredChecklist: (tier: 'standard' | 'privileged') => readonly string[];
  readonly openHandoff: (pass: string, meta: HandoffMeta) => Handoff;
  readonly audit: AuditSink;
  readonly onSessionChanged: (session: Session) => void;
  /** Where PIM activation progress and journal entries go. */
  readonly pim?: Pick<PimServiceDeps, 'emit' | 'journal'>;
  /** Following people after hand-over: policy and where its news goes. */
  readonly follow: Pick<FollowDeps, 'waitMinutes' | 'revokeOnRegistration' | 'journalRegistered' | 'onChange'>;
}

export interface Connection {
  readonly auth: TechnicianAuth;
  /** "Refresh my roles": re-reads the technician's roles and what they may read. */
  refreshRoles(): Promise<Session>;
  readonly users: UserServiceImpl;
  readonly tap: TapService;
  /** This tenant's Graph, for use cases built beside the connection (the onboarding queue). */
  readonly graph: Graph;
  readonly pim: PimService;
  readonly follow: FollowService;
  /** Graph with a token for the notice's mail permission only (asked for when a notice is sent). */
  mailGraph(shared: boolean): Graph;
}

/** What TAP decisions need to know about the signed-in technician. */
/** Roles that issue passes, by template id: Authentication Admin, Privileged Authentication Admin, Global Admin. */
const issuingRoles = idsOf([
  roleTemplates.authenticationAdministrator,
  roleTemplates.privilegedAuthenticationAdministrator,
  roleTemplates.globalAdministrator,
]);

/** The first pass-issuing role the technician could activate in PIM, named for a block's hint. */
function activatable(technician: Technician): { canActivate?: string } {
  const pim = technician.pim;
  if (pim?.state !== 'available') return {};
  const role = pim.roles.find((r) => r.state === 'eligible' && issuingRoles.has(r.roleTemplateId.toLowerCase()));
  return role ? { canActivate: role.roleName } : {};
}

export function technicianContext(auth: TechnicianAuth): TechnicianContext | null {
  const technician = auth.technician();
  if (!technician) return null;
  return {
    id: technician.id,
    userPrincipalName: technician.userPrincipalName,
    capability: technician.capability,
    adminUnitScoped: technician.adminUnitScoped === true,
    ...activatable(technician),
  };
}

export function connect(deps: ConnectionDeps): Connection {
  const { endpoints, http, clock } = deps;
  const forget = { users: undefined as UserServiceImpl | undefined, follow: undefined as FollowService | undefined };
  const auth = createAuthService({
    http,
    browser: deps.browser,
    secretStore: deps.secretStore,
    clock,
    config: {
      authority: endpoints.authority,
      clientId: endpoints.clientId,
      graphBaseUrl: endpoints.graphRoot,
      ...(endpoints.knownAuthorities ? { knownAuthorities: endpoints.knownAuthorities } : {}),
    },
    onSessionChanged: (session) => {
      if (session.state !== 'signed-in') {
        forget.users?.forgetSession();
        forget.follow?.clear();
      }
      // Read the TAP policy now, so even the first card is one request.
      else forget.users?.warmUp().catch(() => undefined);
      deps.onSessionChanged(session);
    },
  });
  const graph = createGraph({ http, tokens: auth, clock, baseUrl: endpoints.graphRoot });
  const technician = () => technicianContext(auth);
  const users = createUserService({
    graph,
    clock,
    technician,
    privilegedGroupIds: deps.privilegedGroupIds,
    roles: { refresh: async () => void (await refreshRoles()), readAt: () => auth.rolesReadAt() },
  });
  /** New roles may read what the old ones could not (the policy), so it is read again. */
  async function refreshRoles(): Promise<Session> {
    const session = await auth.refreshRoles();
    users.refreshPolicy();
    await users.warmUp().catch(() => undefined);
    return session;
  }
  forget.users = users;
  const tap = createTapService({
    graph,
    clock,
    technician,
    cards: users,
    openHandoff: deps.openHandoff,
    audit: deps.audit,
    requiredChecklist: deps.requiredChecklist,
  });
  const follow = createFollowService({
    ...deps.follow,
    graph,
    clock,
    technician,
    revoke: async (userId, tapId, ticket) => {
      await tap.revoke({ user: userId, tapId, ticket: ticket ?? '' });
    },
  });
  forget.follow = follow;
  const pim = createPimService({
    http,
    graphBaseUrl: endpoints.graphRoot,
    clock,
    auth,
    refreshRoles,
    emit: deps.pim?.emit ?? (() => undefined),
    journal: deps.pim?.journal ?? (async () => undefined),
  });
  const mailGraph = (shared: boolean): Graph =>
    createGraph({
      http,
      tokens: { getGraphToken: () => auth.tokenFor(mailSendScopes(endpoints.graphRoot, shared)) },
      clock,
      baseUrl: endpoints.graphRoot,
    });
  return { auth, users, tap, refreshRoles, graph, follow, pim, mailGraph };
}
