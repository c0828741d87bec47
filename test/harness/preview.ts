/**
 * `npm run preview`: the renderer in a browser, on the in-process demo tenant, for looking at the
 * UI during development (and for `npm start` where no Electron binary exists). Never a real tenant.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { openInBrowser } from './open-browser';
import { startHarness } from './server';

if (!existsSync('out/renderer/index.html')) {
  execSync('npx electron-vite build', { stdio: 'inherit' });
}
const port = Number(process.env.TAP_DESK_PREVIEW_PORT ?? 0) || undefined;
// `--customer-display`: start under the policy that puts passes on a second window (issue 19).
const customerDisplayPolicy = process.argv.includes('--customer-display');
const harness = await startHarness({ port, demo: true, forwardDemo: true, customerDisplayPolicy });
// Stopping removes the run's temp data folder (TAPDESK_KEEP_DATA=1 keeps it for debugging).
// Listen before printing the URL: whoever waits for that line may stop us straight away.
const stop = () => void harness.stop().then(() => process.exit(0));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);
console.log(`TAP Desk preview (demo tenant only): ${harness.url}`);
if (customerDisplayPolicy) console.log(`Customer display (open in a second window): ${harness.customerUrl}`);
if (process.argv.includes('--open') && !process.env.CI) openInBrowser(harness.url);
