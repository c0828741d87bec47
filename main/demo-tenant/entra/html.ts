/** HTML bits the sign-in pages need. Values are escaped: `state` and URLs come from the client. */

export function escapeHtml(value: string): string {
  return value
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&#39;');
}

/** The auto-submitting page Entra returns for `response_mode=form_post` (B.3.2). */
export function formPostPage(action: string, fields: Readonly<Record<string, string>>): string {
  const inputs = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}" />`)
    .join('');
  return (
    '<html><head><title>Working...</title></head><body>' +
    `<form method="POST" name="hiddenform" action="${escapeHtml(action)}">${inputs}` +
    '<noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit" /></noscript>' +
    '</form><script language="javascript">document.forms[0].submit();</script></body></html>'
  );
}

/** A page shown in the browser when Entra cannot redirect back (bad client or redirect URI). */
export function errorPage(aadsts: number, message: string): string {
  return (
    '<!DOCTYPE html><html><head><title>Sign in to your account</title></head><body>' +
    `<h1>Sorry, but we're having trouble signing you in.</h1><p>AADSTS${aadsts}: ${escapeHtml(message)}</p>` +
    '</body></html>'
  );
}
