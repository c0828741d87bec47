/**
 * The `app://bundle/` scheme that serves the built renderer. Registered as a standard, secure
 * scheme so the page gets a real origin (`app://bundle`) that IPC senders and navigations are
 * checked against, and so no `file://` privileges are needed (that fuse stays off).
 */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { appScheme } from '../security/app-origin';
import { bundleResponseHeaders, resolveBundlePath } from '../security/bundle-path';

/** Must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      // `corsEnabled` lets Vite's `<script type="module" crossorigin>` load from the scheme;
      // it does not open the scheme to other origins. No `bypassCSP`, no service workers.
      // `codeCache` keeps V8's compiled bundle between launches (it needs `standard`): every
      // start after the first skips compiling React and Fluent again.
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        codeCache: true,
      },
    },
  ]);
}

const notFound = (): Response => new Response('Not found', { status: 404 });

/** Serves files from `rootDir` only, with the CSP on documents. Call after `app` is ready. */
export function serveBundle(rootDir: string, csp: string): void {
  protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET') return new Response('Method not allowed', { status: 405 });
    const file = resolveBundlePath(request.url, rootDir);
    const headers = file === null ? null : bundleResponseHeaders(file, csp);
    if (file === null || headers === null) return notFound();
    try {
      return new Response(new Uint8Array(await readFile(file)), { status: 200, headers });
    } catch {
      return notFound();
    }
  });
}
