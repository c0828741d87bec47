/**
 * Where mint, replace and revoke outcomes are recorded (the hash-chained journal in main/audit,
 * wired by the composition root). Entries never carry the pass.
 */
import type { ErrorCode, VerificationTier } from '../../preload/contract';

export interface AuditEntry {
  readonly action: 'mint' | 'replace' | 'revoke';
  readonly result: 'success' | 'failure' | 'unknown';
  /** The target's UPN. */
  readonly target: string;
  /** The target's object id (every export row names whom by id too). */
  readonly targetId?: string;
  readonly ticket?: string;
  readonly tier?: VerificationTier;
  /** Ids of the identity checks the technician ticked. */
  readonly checklist?: readonly string[];
  /** How the identity was verified (e.g. "in person, photo ID"). */
  readonly method?: string;
  /** UPN of the second technician present, as checked against the directory. */
  readonly secondTechnician?: string;
  readonly lifetimeInMinutes?: number;
  readonly startDateTime?: string;
  readonly isUsableOnce?: boolean;
  readonly errorCode?: ErrorCode;
  readonly requestId?: string;
  /** The onboarding queue the person was picked from (its file name). */
  readonly queue?: string;
}

export interface AuditSink {
  /** Resolves once the entry is durable; rejects when it could not be written. */
  append(entry: AuditEntry): Promise<void>;
}
