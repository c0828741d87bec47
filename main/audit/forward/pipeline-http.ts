/**
 * The Azure SDK's HTTP client, backed by the app's Http port: in Electron that is `net.fetch`
 * (system proxy, PAC, the OS certificate store), in demo mode the demo tenant's trusted origin.
 * So Logs Ingestion goes out exactly the way Graph does.
 */
import type { HttpClient, HttpHeaders, PipelineRequest, PipelineResponse, RawHttpHeaders } from '@azure/core-rest-pipeline';
import type { Http } from '../../kernel/ports';

class Headers implements HttpHeaders {
  private readonly map = new Map<string, { name: string; value: string }>();
  constructor(from?: Iterable<[string, string]>) {
    for (const [name, value] of from ?? []) this.set(name, value);
  }
  get(name: string): string | undefined {
    return this.map.get(name.toLowerCase())?.value;
  }
  has(name: string): boolean {
    return this.map.has(name.toLowerCase());
  }
  set(name: string, value: string | number | boolean): void {
    this.map.set(name.toLowerCase(), { name, value: String(value) });
  }
  delete(name: string): void {
    this.map.delete(name.toLowerCase());
  }
  toJSON(options?: { preserveCase?: boolean }): RawHttpHeaders {
    const out: RawHttpHeaders = {};
    for (const [key, { name, value }] of this.map) out[options?.preserveCase ? name : key] = value;
    return out;
  }
  *[Symbol.iterator](): Iterator<[string, string]> {
    for (const [key, { value }] of this.map) yield [key, value];
  }
}

export function portHttpClient(http: Http): HttpClient {
  return {
    async sendRequest(request: PipelineRequest): Promise<PipelineResponse> {
      const body = request.body;
      if (body !== undefined && body !== null && typeof body !== 'string' && !ArrayBuffer.isView(body)) {
        throw new Error('Logs Ingestion: unsupported request body type');
      }
      const response = await http.fetch(request.url, {
        method: request.method,
        headers: request.headers.toJSON({ preserveCase: true }),
        ...(body === undefined || body === null ? {} : { body: body as unknown as RequestInit['body'] }),
        ...(request.abortSignal ? { signal: request.abortSignal as AbortSignal } : {}),
      });
      return {
        request,
        status: response.status,
        headers: new Headers(response.headers as unknown as Iterable<[string, string]>),
        bodyAsText: await response.text(),
      };
    },
  };
}
