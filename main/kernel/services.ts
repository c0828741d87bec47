/**
 * The use cases behind the commands, as interfaces. Each domain folder implements one; the
 * composition root (main/wiring/app.ts) wires them from the ports; main/wiring/handlers.ts maps commands onto
 * them. Nothing here imports electron.
 */
import type {
  AuditForwardingView,
  FollowList,
  AppInfo,
  AuditVerification,
  Args,
  Result,
  ConfigView,
  ExportOutcome,
  MintOutcome,
  PimProgress,
  Session,
  UserCard,
} from '../../preload/contract';

export interface AppService {
  info(): Promise<AppInfo>;
}

export interface ConfigService {
  view(): Promise<ConfigView>;
  setTenant(args: Args<'config.setTenant'>): Promise<ConfigView>;
  setHandoff(args: Args<'config.setHandoff'>): Promise<ConfigView>;
  useDemo(): Promise<AppInfo>;
}

export interface AuthService {
  status(): Promise<Session>;
  signIn(args: Args<'auth.signIn'>): Promise<Session>;
  cancel(): Promise<Session>;
  signOut(): Promise<Session>;
  refreshRoles(): Promise<Session>;
}

export interface PimCommands {
  activate(args: Args<'pim.activate'>): Promise<PimProgress>;
  deactivate(args: Args<'pim.deactivate'>): Promise<PimProgress>;
}

export interface UserService {
  search(args: Args<'users.search'>): Promise<Result<'users.search'>>;
  card(args: Args<'users.card'>): Promise<UserCard>;
  cancel(): Promise<null>;
}

export interface TapService {
  /** `queue`: the name of the queue the person was picked from, journalled with the mint. */
  mint(args: Args<'tap.mint'>, options?: { readonly queue?: string }): Promise<MintOutcome>;
  revoke(args: Args<'tap.revoke'>): Promise<Result<'tap.revoke'>>;
}

export interface HandoffService {
  copy(args: Args<'handoff.copy'>): Promise<Result<'handoff.copy'>>;
  /** The read-aloud spelling of a pass on the customer display, journalled as it is given. */
  spell(args: Args<'handoff.spell'>): Promise<Result<'handoff.spell'>>;
  close(args: Args<'handoff.close'>): Promise<Result<'handoff.close'>>;
}

export interface AuditService {
  list(args: Args<'audit.list'>): Promise<Result<'audit.list'>>;
  verify(): Promise<AuditVerification>;
  /** Asks where to save through the `SaveDialog` port, then writes every entry there. */
  exportCsv(): Promise<ExportOutcome>;
}

export interface HelpService {
  open(args: Args<'shell.openHelp'>): Promise<null>;
}

/** People followed after hand-over, and the demo person who uses a pass. */
export interface FollowCommands {
  list(): Promise<FollowList>;
  stop(args: Args<'follow.stop'>): Promise<FollowList>;
  revoke(args: Args<'follow.revoke'>): Promise<FollowList>;
  playPerson(args: Args<'demo.playPerson'>): Promise<null>;
}

import type { QueueService } from '../queue/queue-service';

export interface Services {
  readonly app: AppService;
  readonly config: ConfigService;
  readonly auth: AuthService;
  readonly pim: PimCommands;
  readonly users: UserService;
  readonly tap: TapService;
  readonly handoff: HandoffService;
  readonly audit: AuditService;
  /** Where the journal stands with the log pipeline (issue 16). */
  readonly auditForwarding: { view(): Promise<AuditForwardingView> };
  readonly help: HelpService;
  readonly queue: QueueService;
  readonly follow: FollowCommands;
}
