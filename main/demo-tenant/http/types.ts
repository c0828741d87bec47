/** One parsed request as every emulator route sees it. */
export interface EmuRequest {
  readonly method: string;
  readonly url: URL;
  /** Path segments, percent-decoded (so `%40` and `%23` in UPNs arrive as `@` and `#`). */
  readonly segments: readonly string[];
  /** Header names in lower case. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly rawBody: string;
  readonly requestId: string;
  readonly clientRequestId: string;
}

/** What a route answers. `json` is serialised; `text` is sent verbatim with `contentType`. */
export interface EmuResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly json?: unknown;
  readonly text?: string;
  /** A binary body (a photo), sent with `contentType`; base64 inside `$batch`, as JSON batching does. */
  readonly bytes?: Uint8Array;
  readonly contentType?: string;
}

export type Handler = (request: EmuRequest) => EmuResponse | Promise<EmuResponse>;

/** Thrown by Graph routes for expected failures; rendered as the Graph error envelope. */
export class GraphFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly innerMessage?: string,
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = 'GraphFailure';
  }
}
