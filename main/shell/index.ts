/**
 * Electron entry: lifecycle and wiring only. Every decision it applies (CSP, permissions,
 * navigation, sender checks, web preferences) is a pure function in main/security/.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, powerMonitor, session, type BrowserWindow } from 'electron';
import { createApp, type App } from '../wiring/app';
import { auditVerifyArgs } from '../audit/central/verify-switch';
import { openExternalLink } from '../electron/browser';
import { createCustomerWindowScreen } from '../electron/customer-window';
import { installMinimalMenu } from '../electron/menu';
import { createElectronPorts } from '../electron/ports';
import { registerAppScheme, serveBundle } from '../electron/protocol';
import { installDevelopmentCsp, installPermissionHandlers } from '../electron/session';
import { guardWebContents } from '../electron/web-contents-guard';
import { createIpcEventSink, registerIpc } from './ipc';
import { appEntryUrl, appOrigin, customerDisplayPath, originOf } from '../security/app-origin';
import { buildCsp } from '../security/csp';
import { debuggingRefusal, debuggingSwitch, debuggingSwitchNames } from '../security/debug-switches';
import { createHandoffWindow, createMainWindow } from './window';

const here = fileURLToPath(new URL('.', import.meta.url));
// electron-vite sets this for `electron-vite dev`; a packaged app never honours it.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
const origin = devServerUrl === undefined ? appOrigin : (originOf(devServerUrl) ?? appOrigin);
const csp = buildCsp(devServerUrl === undefined ? { mode: 'production' } : { mode: 'development', devServerUrl });

let window: BrowserWindow | null = null;
const liveWindow = (): BrowserWindow | null => (window !== null && !window.isDestroyed() ? window : null);

// Both must happen before `ready`.
app.enableSandbox();
registerAppScheme();

// A packaged app never runs with a debugger attachable (no fuse covers remote debugging).
const debugSwitch = app.isPackaged
  ? (debuggingSwitch(process.argv.slice(1)) ??
    debuggingSwitchNames.find((name) => app.commandLine.hasSwitch(name)) ??
    null)
  : null;

const verifyArgs = auditVerifyArgs(process.argv.slice(1));

if (verifyArgs !== null) {
  // The central verifier for security teams: no window, no lock, no network; output to stdout.
  void import('../audit/central/verify-cli').then(async ({ runAuditVerify }) => {
    const run = await runAuditVerify(verifyArgs);
    process.stdout.write(run.output);
    app.exit(run.exitCode);
  });
} else if (debugSwitch !== null) {
  const sentence = debuggingRefusal(debugSwitch);
  console.error(sentence);
  dialog.showErrorBox('TAP Desk', sentence);
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  // Another TAP Desk is running: it gets focus (second-instance), this one leaves.
  app.quit();
} else {
  app.on('second-instance', () => {
    const current = liveWindow();
    if (current === null) return;
    if (current.isMinimized()) current.restore();
    current.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { appOrigin: origin, openExternal: openExternalLink });
  });
  app.on('window-all-closed', () => app.quit());
  void start();
}

async function start(): Promise<void> {
  await app.whenReady();
  installPermissionHandlers(session.defaultSession);
  if (devServerUrl === undefined) serveBundle(join(here, '../renderer'), csp);
  else installDevelopmentCsp(session.defaultSession, csp);

  const handoffWindow = createHandoffWindow(liveWindow);
  const preload = join(here, '../preload/index.cjs');
  // The customer display's window is made per pass; losing it hides that pass (issue 19).
  let customerDisplayLost = (): void => undefined;
  const customerScreen = createCustomerWindowScreen({
    preload,
    url: new URL(customerDisplayPath, devServerUrl ?? appEntryUrl).toString(),
    deskWindow: liveWindow,
    onLost: () => customerDisplayLost(),
  });
  const core = await createApp({
    ports: createElectronPorts(handoffWindow, customerScreen),
    version: app.getVersion(),
    emit: createIpcEventSink(() => liveWindow()?.webContents ?? null),
    forwardDemo: true,
  });
  customerDisplayLost = () => core.onCustomerDisplayLost();
  registerIpc({
    handlers: core.handlers,
    appOrigin: origin,
    mainFrame: () => liveWindow()?.webContents.mainFrame ?? null,
  });
  // lock-screen fires on Windows and macOS only; Linux reports suspend and shutdown (and blur).
  powerMonitor.on('lock-screen', () => core.onLock());
  powerMonitor.on('suspend', () => core.onLock());
  powerMonitor.on('shutdown', () => core.onLock());
  installMinimalMenu();
  hookQuit(core);

  window = createMainWindow({
    preload,
    url: devServerUrl ?? appEntryUrl,
    devTools: !app.isPackaged,
    onBlur: () => core.onBlur(),
  });
  handoffWindow.apply(window);
}

/** Quit waits (briefly) for the app to hide the pass, clear the clipboard and flush the journal. */
function hookQuit(core: App): void {
  let cleaned = false;
  app.on('before-quit', (event) => {
    if (cleaned) return;
    event.preventDefault();
    cleaned = true;
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, 5_000));
    void Promise.race([core.beforeQuit().catch(() => undefined), deadline]).then(() => app.quit());
  });
}
