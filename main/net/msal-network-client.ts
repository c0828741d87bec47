/**
 * msal-node's `system.networkClient` over the `Http` port, so sign-in goes through the same
 * proxy, PAC and certificate store as Graph (Electron `net.fetch`), and the demo tenant's CA
 * is trusted only for the demo origin.
 *
 * MSAL swallows network errors (authority discovery turns any failure into
 * `endpoints_resolution_error`, the token path into a bare `network_error`), so the client keeps
 * the last classified failure for the auth layer to report instead.
 */
import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';
import type { Http } from '../kernel/ports';
import { AppFailure } from '../kernel/result';
import { classifyNetworkError } from './network-failure';

export interface MsalNetworkClient extends INetworkModule {
  /** The last request failure since the previous call, if any; clears it. */
  takeFailure(): AppFailure | undefined;
}

function host(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the sign-in server';
  }
}

function headerRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, key) => {
    record[key.toLowerCase()] = value;
  });
  return record;
}

/** Creates the msal-node network module over the `Http` port. */
export function createMsalNetworkClient(http: Http): MsalNetworkClient {
  let lastFailure: AppFailure | undefined;

  const send = async <T>(
    method: 'GET' | 'POST',
    url: string,
    options?: NetworkRequestOptions,
    timeoutMs?: number,
  ): Promise<NetworkResponse<T>> => {
    try {
      const response = await http.fetch(url, {
        method,
        headers: options?.headers ?? {},
        ...(method === 'POST' ? { body: options?.body ?? '' } : {}),
        ...(timeoutMs ? { signal: AbortSignal.timeout(timeoutMs) } : {}),
      });
      const text = await response.text();
      let body: T;
      try {
        body = JSON.parse(text) as T;
      } catch {
        // A proxy's block page or a captive portal answers with HTML instead of JSON.
        const type = response.headers.get('content-type') ?? 'no content type';
        throw new AppFailure(
          'offline',
          `${host(url)} answered with a page TAP Desk cannot read (HTTP ${response.status}, ${type.split(';')[0]}): a proxy, firewall or captive portal may be in the way.`,
          'Open a web page in a browser to check for a network sign-in page, or ask your network team whether this host is allowed.',
        );
      }
      return { headers: headerRecord(response.headers), body, status: response.status };
    } catch (error) {
      lastFailure = classifyNetworkError(error, url);
      throw lastFailure;
    }
  };

  return {
    sendGetRequestAsync: (url, options, timeout) => send('GET', url, options, timeout),
    sendPostRequestAsync: (url, options) => send('POST', url, options),
    takeFailure() {
      const failure = lastFailure;
      lastFailure = undefined;
      return failure;
    },
  };
}
