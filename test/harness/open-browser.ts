import { spawn } from 'node:child_process';

/**
 * Best effort: shows the preview in the desktop's default browser. Where there is no desktop
 * (CI, a server shell) nothing happens and the printed URL is enough.
 */
export function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No opener on this machine: the URL is printed above.
  }
}
