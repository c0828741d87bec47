/**
 * A role's PIM activation rules as TAP Desk needs them, read from the role management policy
 * (rule ids `Expiration_EndUser_Assignment`, `Enablement_EndUser_Assignment`,
 * `Approval_EndUser_Assignment`, `AuthenticationContext_EndUser_Assignment`), or learned from a
 * refusal that names the failed rules when the policy could not be read.
 */
import type { PimRules } from '../../preload/contract';

/** Activation is never longer than 8 hours ("PIM APIs for Microsoft Entra roles"). */
export const MAX_ACTIVATION_MINUTES = 8 * 60;

/** When the policy is unreadable: Entra's ceiling, and nothing known to be required. */
export const unknownRules: PimRules = {
  maxMinutes: MAX_ACTIVATION_MINUTES,
  justification: false,
  ticket: false,
  approval: false,
  mfa: false,
  authContext: false,
  source: 'unknown',
};

/** `PT8H`, `PT90M`, `PT1H30M` → minutes. */
export function minutesOf(duration: unknown): number | null {
  if (typeof duration !== 'string') return null;
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?$/u.exec(duration);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  return Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0);
}

interface Rule {
  readonly id?: unknown;
  readonly maximumDuration?: unknown;
  readonly enabledRules?: unknown;
  readonly setting?: { readonly isApprovalRequired?: unknown } | null;
  readonly isEnabled?: unknown;
}

/** The end-user activation rules of one policy assignment (`$expand=policy($expand=rules)`). */
export function rulesFromPolicy(assignment: unknown): PimRules | null {
  const rules = (assignment as { policy?: { rules?: unknown } } | null)?.policy?.rules;
  if (!Array.isArray(rules)) return null;
  const byId = new Map((rules as Rule[]).map((r) => [String(r.id), r]));
  const enabled = byId.get('Enablement_EndUser_Assignment')?.enabledRules;
  const list = Array.isArray(enabled) ? enabled.map(String) : [];
  const max = minutesOf(byId.get('Expiration_EndUser_Assignment')?.maximumDuration);
  return {
    maxMinutes: Math.min(max ?? MAX_ACTIVATION_MINUTES, MAX_ACTIVATION_MINUTES),
    justification: list.includes('Justification'),
    ticket: list.includes('Ticketing'),
    mfa: list.includes('MultiFactorAuthentication'),
    approval: byId.get('Approval_EndUser_Assignment')?.setting?.isApprovalRequired === true,
    authContext: byId.get('AuthenticationContext_EndUser_Assignment')?.isEnabled === true,
    source: 'policy',
  };
}

/** The rule names in "The following policy rules failed: [\"JustificationRule\",…]". */
export function failedRules(message: string): string[] {
  const list = /policy rules failed:\s*(\[.*\])/u.exec(message)?.[1];
  if (!list) return [];
  try {
    const parsed: unknown = JSON.parse(list);
    return Array.isArray(parsed) ? parsed.map(String) : [];
  } catch {
    return [];
  }
}

/** The claims an authentication-context refusal carries (`&claims=%7B…%7D`), decoded; null when none. */
export function claimsOf(message: string): string | null {
  const m = /claims=([^&\s]+)/u.exec(message);
  if (!m?.[1]) return null;
  try {
    const claims = decodeURIComponent(m[1]);
    JSON.parse(claims);
    return claims;
  } catch {
    return null;
  }
}

/** What a refusal taught about rules the policy did not show. */
export function learnFrom(rules: PimRules, failed: readonly string[]): PimRules {
  return {
    ...rules,
    justification: rules.justification || failed.includes('JustificationRule'),
    ticket: rules.ticket || failed.includes('TicketingRule'),
    mfa: rules.mfa || failed.includes('MfaRule'),
    source: rules.source === 'policy' ? 'policy' : 'learned',
  };
}
