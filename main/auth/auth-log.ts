/**
 * How the auth layer reports what the technician does not see: MSAL's own warnings (PII off)
 * and recoveries such as discarding an unreadable cache. The composition root routes it to the
 * redacting logger.
 */
export type AuthLogLevel = 'error' | 'warning' | 'info' | 'verbose';

export type AuthLog = (level: AuthLogLevel, message: string) => void;

/** Drops everything: the default when nobody listens. */
export const silentLog: AuthLog = () => undefined;
