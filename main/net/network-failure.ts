/**
 * Turns whatever a fetch implementation throws (undici under Node, `net::ERR_*` from Electron's
 * `net.fetch`) into an AppFailure that names the host that could not be reached and why, so a
 * technician behind a corporate proxy or TLS inspection gets a sentence their network team can act on.
 */
import { AppFailure } from '../kernel/result';

type Kind = 'dns' | 'refused' | 'reset' | 'unreachable' | 'tls' | 'proxy' | 'timeout' | 'unknown';

interface Reason {
  readonly kind: Kind;
  /** What went wrong, in plain words, ready to follow "Could not reach <host>: ". */
  readonly why: string;
  /** The address the socket actually dialled, when the system error says (a proxy, maybe). */
  readonly dialled?: string;
}

const HINT_NETWORK =
  'Check the network cable or Wi-Fi, the VPN and the proxy settings, then try again. If other sites work, ask your network team whether this host is allowed.';
const HINT_TLS =
  'If your network inspects TLS traffic, its root certificate must be installed in this PC\'s trusted root store. Ask your network team, quoting the host name.';
const HINT_PROXY =
  'Check the proxy settings (or the PAC script) of this PC, and that the proxy allows this host. Ask your network team if it keeps happening.';
const HINT_TIMEOUT = 'The network may be slow or the host may be blocked. Try again in a moment.';

/** Node/undici error codes → reason. */
const byCode: Readonly<Record<string, Reason>> = {
  ENOTFOUND: { kind: 'dns', why: 'its name could not be resolved (DNS failure)' },
  EAI_AGAIN: { kind: 'dns', why: 'its name could not be resolved right now (DNS temporarily unavailable)' },
  EAI_NODATA: { kind: 'dns', why: 'its name could not be resolved (DNS failure)' },
  ECONNREFUSED: { kind: 'refused', why: 'the connection was refused (nothing is listening, or a firewall rejected it)' },
  ECONNRESET: { kind: 'reset', why: 'the connection was reset (a proxy or firewall may have cut it)' },
  EPIPE: { kind: 'reset', why: 'the connection was closed unexpectedly' },
  UND_ERR_SOCKET: { kind: 'reset', why: 'the connection was closed unexpectedly (a proxy or firewall may have cut it)' },
  ENETUNREACH: { kind: 'unreachable', why: 'the network is unreachable (no connection?)' },
  EHOSTUNREACH: { kind: 'unreachable', why: 'the host is unreachable from this network' },
  ENETDOWN: { kind: 'unreachable', why: 'the network is down' },
  ETIMEDOUT: { kind: 'timeout', why: 'the connection timed out' },
  UND_ERR_CONNECT_TIMEOUT: { kind: 'timeout', why: 'the connection timed out' },
  UND_ERR_HEADERS_TIMEOUT: { kind: 'timeout', why: 'it did not answer in time' },
  UND_ERR_BODY_TIMEOUT: { kind: 'timeout', why: 'its answer stalled part way' },
  DEPTH_ZERO_SELF_SIGNED_CERT: { kind: 'tls', why: 'its certificate is self-signed and not trusted on this PC' },
  SELF_SIGNED_CERT_IN_CHAIN: {
    kind: 'tls',
    why: 'its certificate chains to a root that is not trusted on this PC (a TLS inspection root may be missing)',
  },
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: {
    kind: 'tls',
    why: 'its certificate was issued by an authority this PC does not trust (a TLS inspection root may be missing)',
  },
  UNABLE_TO_GET_ISSUER_CERT: { kind: 'tls', why: 'the issuer of its certificate is not trusted on this PC' },
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: { kind: 'tls', why: 'its certificate could not be verified against a trusted root' },
  CERT_UNTRUSTED: { kind: 'tls', why: 'its certificate is not trusted on this PC' },
  CERT_HAS_EXPIRED: { kind: 'tls', why: 'its certificate has expired (or this PC\'s clock is wrong)' },
  CERT_NOT_YET_VALID: { kind: 'tls', why: 'its certificate is not valid yet (check this PC\'s clock)' },
  ERR_TLS_CERT_ALTNAME_INVALID: { kind: 'tls', why: 'its certificate was issued for a different name' },
  CERT_REVOKED: { kind: 'tls', why: 'its certificate has been revoked' },
  ERR_SSL_WRONG_VERSION_NUMBER: { kind: 'tls', why: 'the secure connection could not be set up (is a proxy in the way?)' },
};

/** Electron/Chromium `net::ERR_*` names → reason. */
const byChromiumName: Readonly<Record<string, Reason>> = {
  ERR_NAME_NOT_RESOLVED: byCode.ENOTFOUND!,
  ERR_NAME_RESOLUTION_FAILED: byCode.ENOTFOUND!,
  ERR_CONNECTION_REFUSED: byCode.ECONNREFUSED!,
  ERR_CONNECTION_RESET: byCode.ECONNRESET!,
  ERR_CONNECTION_CLOSED: byCode.UND_ERR_SOCKET!,
  ERR_INTERNET_DISCONNECTED: { kind: 'unreachable', why: 'this PC is not connected to a network' },
  ERR_NETWORK_CHANGED: { kind: 'unreachable', why: 'the network changed during the request' },
  ERR_ADDRESS_UNREACHABLE: byCode.EHOSTUNREACH!,
  ERR_CONNECTION_TIMED_OUT: byCode.ETIMEDOUT!,
  ERR_TIMED_OUT: byCode.ETIMEDOUT!,
  ERR_CERT_AUTHORITY_INVALID: {
    kind: 'tls',
    why: 'its certificate was issued by an authority this PC does not trust (a TLS inspection root may be missing)',
  },
  ERR_CERT_COMMON_NAME_INVALID: byCode.ERR_TLS_CERT_ALTNAME_INVALID!,
  ERR_CERT_DATE_INVALID: byCode.CERT_HAS_EXPIRED!,
  ERR_CERT_REVOKED: byCode.CERT_REVOKED!,
  ERR_PROXY_CONNECTION_FAILED: { kind: 'proxy', why: 'the proxy server could not be reached' },
  ERR_TUNNEL_CONNECTION_FAILED: { kind: 'proxy', why: 'the proxy refused to connect to it' },
  ERR_PROXY_AUTH_UNSUPPORTED: { kind: 'proxy', why: 'the proxy asked for a sign-in TAP Desk cannot give' },
  ERR_PROXY_AUTH_REQUESTED: { kind: 'proxy', why: 'the proxy asked for credentials' },
  ERR_PROXY_CERTIFICATE_INVALID: { kind: 'tls', why: 'the proxy\'s certificate is not trusted on this PC' },
  ERR_MANDATORY_PROXY_CONFIGURATION_FAILED: { kind: 'proxy', why: 'the proxy configuration (PAC script) could not be loaded' },
};

function hostOf(url: string | URL): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the server';
  }
}

/** Walks `cause` chains and AggregateError members: undici nests the system error. */
function* causes(error: unknown): Generator<unknown> {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const next = queue.shift();
    if (next === undefined || next === null || seen.has(next)) continue;
    seen.add(next);
    yield next;
    if (typeof next === 'object') {
      const record = next as { cause?: unknown; errors?: unknown };
      queue.push(record.cause);
      if (Array.isArray(record.errors)) queue.push(...(record.errors as unknown[]));
    }
  }
}

function reasonOf(error: unknown): Reason {
  for (const candidate of causes(error)) {
    if (typeof candidate !== 'object' || candidate === null) continue;
    const { code, message, name } = candidate as { code?: unknown; message?: unknown; name?: unknown };
    // AbortSignal.timeout() rejects with a DOMException named TimeoutError.
    if (name === 'TimeoutError') return { kind: 'timeout', why: 'it did not answer in time' };
    if (typeof code === 'string' && byCode[code]) {
      const { address, port } = candidate as { address?: unknown; port?: unknown };
      return typeof address === 'string'
        ? { ...byCode[code], dialled: typeof port === 'number' ? `${address}:${port}` : address }
        : byCode[code];
    }
    if (typeof message === 'string') {
      const chromium = /net::(ERR_[A-Z_]+)/.exec(message)?.[1];
      if (chromium && byChromiumName[chromium]) return byChromiumName[chromium];
      // undici's ProxyAgent: "Proxy response (407) !== 200 when HTTP Tunneling".
      const proxyStatus = /Proxy response \((\d{3})\)/.exec(message)?.[1];
      if (proxyStatus) {
        return {
          kind: 'proxy',
          why:
            proxyStatus === '407'
              ? 'the proxy asked for credentials (HTTP 407)'
              : `the proxy refused the connection (HTTP ${proxyStatus})`,
        };
      }
    }
  }
  return { kind: 'unknown', why: 'the connection failed' };
}

/** Whether a dialled `address:port` is the target itself (by IP literal or port) rather than a proxy. */
function dialledTarget(dialled: string, url: string | URL): boolean {
  try {
    const target = new URL(url);
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    const hostname = target.hostname.replace(/^\[|\]$/g, '');
    const isIpLiteral = /^[\d.]+$/.test(hostname) || hostname.includes(':');
    // A named host resolves to an address we cannot see here: then only the port can tell.
    return isIpLiteral ? dialled === `${hostname}:${port}` : dialled.endsWith(`:${port}`);
  } catch {
    return true;
  }
}

/** Whether the error is a caller's cancellation, which is not a network failure. */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/**
 * Classifies a failed request. Returns an AppFailure with code `tls` for certificate problems,
 * `timeout` when the host did not answer in time (a POST may then have landed), and `offline`
 * for everything else (DNS, refused, reset, proxy). The message names the host, never the path
 * or query (which may carry user input).
 */
export function classifyNetworkError(error: unknown, url: string | URL): AppFailure {
  if (error instanceof AppFailure) return error;
  const host = hostOf(url);
  const reason = reasonOf(error);
  if (reason.kind === 'refused' && reason.dialled && !dialledTarget(reason.dialled, url)) {
    // The socket went somewhere other than the target: that is the proxy refusing us.
    return new AppFailure(
      'offline',
      `Could not reach ${host} through the proxy: the proxy at ${reason.dialled} refused the connection.`,
      HINT_PROXY,
    );
  }
  switch (reason.kind) {
    case 'tls':
      return new AppFailure('tls', `Could not make a trusted connection to ${host}: ${reason.why}.`, HINT_TLS);
    case 'proxy':
      return new AppFailure('offline', `Could not reach ${host} through the proxy: ${reason.why}.`, HINT_PROXY);
    case 'timeout':
      return new AppFailure('timeout', `Could not reach ${host}: ${reason.why}.`, HINT_TIMEOUT);
    default:
      return new AppFailure('offline', `Could not reach ${host}: ${reason.why}.`, HINT_NETWORK);
  }
}

/** The failure for a request that took longer than TAP Desk's own time limit. */
export function requestTimedOut(url: string | URL, ms: number): AppFailure {
  return new AppFailure(
    'timeout',
    `Could not reach ${hostOf(url)}: it did not answer within ${Math.round(ms / 1000)} seconds.`,
    HINT_TIMEOUT,
  );
}
