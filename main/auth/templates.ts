/**
 * The pages msal-node's loopback server shows in the technician's browser after the sign-in
 * form posts back. Ours, plain and branded, with no external resources (nothing to fetch, no
 * script) and no text taken from the request, so nothing in them can be injected.
 */

function page(title: string, heading: string, body: string, accent: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
  body { font-family: "Segoe UI", system-ui, sans-serif; margin: 0; background: #f5f5f5; color: #242424; }
  main { max-width: 32rem; margin: 12vh auto; background: #fff; border-top: 4px solid ${accent};
         border-radius: 8px; padding: 2rem; box-shadow: 0 2px 8px rgba(0,0,0,.12); }
  .brand { font-weight: 600; letter-spacing: .02em; color: ${accent}; margin: 0 0 1rem; }
  h1 { font-size: 1.4rem; margin: 0 0 .75rem; }
  p { line-height: 1.5; margin: 0 0 .5rem; }
</style>
</head>
<body>
<main>
<p class="brand">TAP Desk</p>
<h1>${heading}</h1>
${body}
</main>
</body>
</html>`;
}

/** Shown after a successful sign-in. */
export const successTemplate = page(
  'TAP Desk: signed in',
  'You are signed in.',
  '<p>You can close this tab and return to TAP Desk.</p>',
  '#0f6cbd',
);

/** Shown when the sign-in came back with an error (cancelled, consent refused, blocked by policy). */
export const errorTemplate = page(
  'TAP Desk: sign-in did not complete',
  'Sign-in did not complete.',
  '<p>Close this tab and return to TAP Desk: it shows what happened and what to do next.</p>' +
    '<p>If it keeps happening, ask your admin whether your account may use TAP Desk.</p>',
  '#c50f1f',
);
