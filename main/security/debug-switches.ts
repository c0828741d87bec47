/**
 * Command-line switches that would let someone attach a debugger to a packaged TAP Desk and read
 * the pass out of memory or the page. The fuses turn off `--inspect*` for the Node side and
 * `RunAsNode`, but Chromium's `--remote-debugging-port`/`--remote-debugging-pipe` are not covered
 * by any fuse, and `devTools: false` only blocks `openDevTools()`. So a packaged app that sees
 * one of these refuses to start.
 */

/** Switch names, lower case, without their prefix. */
export const debuggingSwitchNames: readonly string[] = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-publish-uid',
];

/**
 * The first debugging switch in `argv`, or null. Chromium reads `--name`, `-name` and, on
 * Windows, `/name`, with or without `=value`, and up to a bare `--`; switch names are
 * case-insensitive on Windows. Both are matched everywhere, which refuses a little more than
 * strictly needed and never less.
 */
export function debuggingSwitch(argv: readonly string[]): string | null {
  for (const arg of argv) {
    if (arg === '--') break;
    const match = /^(?:--|-|\/)([^=]+)/.exec(arg);
    const name = match?.[1]?.toLowerCase();
    if (name !== undefined && debuggingSwitchNames.includes(name)) return name;
  }
  return null;
}

/** The one sentence a refused start prints (and shows in a dialog). */
export function debuggingRefusal(name: string): string {
  return `TAP Desk does not start with the debugging switch --${name}: remove it and start TAP Desk again.`;
}
