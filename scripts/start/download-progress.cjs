/**
 * Loaded into Electron's own installer (node_modules/electron/install.js) with `--require`, so
 * the person waiting sees the binary arrive: @electron/get draws its bar only after 30 s and only
 * on a terminal. It only watches: the requests, checks and files are the installer's own.
 *
 * A failed connection is also named on one stderr line (the installer prints only
 * "fetch failed" and a stack), so `npm start` can say in one sentence why it fell back.
 */
'use strict';

const realFetch = globalThis.fetch;
const size = (bytes) =>
  bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.ceil(bytes / 1e3)} KB`;

globalThis.fetch = async function fetchWithProgress(input, init) {
  const url = String(input instanceof Request ? input.url : input);
  let response;
  try {
    response = await realFetch(input, init);
  } catch (error) {
    const cause = error && error.cause ? error.cause.code || error.cause.message : error.message;
    process.stderr.write(`tap-desk-fetch-error: could not reach ${new URL(url).host} (${cause})\n`);
    throw error;
  }
  if (!response.ok || !response.body || !url.endsWith('.zip')) return response;

  const total = Number(response.headers.get('content-length')) || 0;
  const name = url.slice(url.lastIndexOf('/') + 1);
  let received = 0;
  let shownAt = 0;
  let shown = -1;
  // At most once a second, and always the final figure once.
  const show = (final) => {
    const now = Date.now();
    if (received === shown || (!final && now - shownAt < 1000)) return;
    shownAt = now;
    shown = received;
    const of = total ? ` of ${size(total)} (${Math.floor((received / total) * 100)}%)` : '';
    process.stdout.write(`Fetching ${name}: ${size(received)}${of}\n`);
  };
  const counted = response.body.pipeThrough(
    new TransformStream({
      transform(chunk, controller) {
        received += chunk.byteLength;
        show(false);
        controller.enqueue(chunk);
      },
      flush() {
        show(true);
      },
    }),
  );
  Object.defineProperty(response, 'body', { value: counted });
  return response;
};
