/**
 * The last link of the graph-client middleware chain: hands the request to the app's `Http` port
 * (Electron `net.fetch` with the system proxy and certificate store, or Node fetch in tests)
 * instead of the library's own global-fetch handler.
 */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { Http } from '../kernel/ports';
import { traceOf } from './request-trace';

/** Counts every request that reaches the port: the benchmark and tests read it. */
export interface RequestCounter {
  requests: number;
  retries: number;
}

export function createHttpPortHandler(http: Http, counter: RequestCounter): Middleware {
  return {
    async execute(context: Context): Promise<void> {
      const trace = traceOf(context);
      const url = typeof context.request === 'string' ? context.request : context.request.url;
      if (trace) trace.attempts += 1;
      counter.requests += 1;
      try {
        context.response = await http.fetch(url, context.options as RequestInit);
      } catch (error) {
        if (trace) trace.transportError = error;
        throw error;
      }
      const requestId = context.response.headers.get('request-id');
      if (trace && requestId) trace.requestId = requestId;
    },
  };
}
