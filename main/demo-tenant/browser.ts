import { demoActionParameter } from './entra/authorize';

/** What the demo browser does on the sign-in page. */
export type BrowserAction = 'consent' | 'cancel' | 'ignore' | 'wrong-state';

export interface BrowserOptions {
  /** Technician to sign in; overrides the app's login_hint. Default: login_hint or the first technician. */
  readonly upn?: string;
  readonly action?: BrowserAction;
}

/** One visit of the demo browser, for test assertions. */
export interface BrowserVisit {
  readonly authorizeStatus: number;
  /** Status msal's loopback server answered the form post with; null if nothing was posted. */
  readonly loopbackStatus: number | null;
}

/** The `Browser` port (main/kernel/ports.ts) played by a scripted user. */
export interface DemoBrowser {
  open(url: string): Promise<void>;
  readonly visits: readonly BrowserVisit[];
}

const unescape = (value: string): string =>
  value.replace(/&quot;/gu, '"').replace(/&#39;/gu, "'").replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');

/** Reads the auto-submit form of a form_post page: its action and hidden fields. */
export function readFormPost(html: string): { action: string; fields: Record<string, string> } | null {
  const form = /<form[^>]*action="([^"]*)"/iu.exec(html);
  if (!form) return null;
  const fields: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)"/giu)) fields[unescape(m[1] ?? '')] = unescape(m[2] ?? '');
  return { action: unescape(form[1] ?? ''), fields };
}

/** MSAL's redirect URI says `localhost`; post to 127.0.0.1 so `::1` resolution cannot get in the way (B.2.1). */
const toLoopbackIp = (target: string): string => {
  const url = new URL(target);
  if (url.hostname === 'localhost') url.hostname = '127.0.0.1';
  return url.toString();
};

export function createDemoBrowser(tenantFetch: (input: string | URL, init?: RequestInit) => Promise<Response>, options: BrowserOptions = {}): DemoBrowser {
  const visits: BrowserVisit[] = [];
  const action = options.action ?? 'consent';
  return {
    visits,
    async open(url) {
      if (action === 'ignore') return;
      const authorizeUrl = new URL(url);
      if (options.upn !== undefined) authorizeUrl.searchParams.set('login_hint', options.upn);
      if (action === 'cancel') authorizeUrl.searchParams.set(demoActionParameter, 'cancel');
      const page = await tenantFetch(authorizeUrl, { redirect: 'manual' });
      const location = page.headers.get('location');
      if (page.status === 302 && location) {
        // response_mode=query: a browser would follow the redirect to the loopback with GET.
        await page.text();
        const reply = await fetch(toLoopbackIp(location));
        await reply.text();
        visits.push({ authorizeStatus: 302, loopbackStatus: reply.status });
        return;
      }
      const form = readFormPost(await page.text());
      if (!form) {
        visits.push({ authorizeStatus: page.status, loopbackStatus: null });
        return;
      }
      const fields = { ...form.fields };
      if (action === 'wrong-state') fields['state'] = `${fields['state'] ?? ''}tampered`;
      const reply = await fetch(toLoopbackIp(form.action), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      });
      await reply.text();
      visits.push({ authorizeStatus: page.status, loopbackStatus: reply.status });
    },
  };
}
