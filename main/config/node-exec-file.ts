import { execFile } from 'node:child_process';
import type { ExecFile } from './registry';

/**
 * The real `ExecFile` for the composition root on Windows. No shell is involved: arguments go to
 * reg.exe as given, so the key path's space needs no quoting.
 */
export const nodeExecFile: ExecFile = (file, args, options) =>
  new Promise((resolve, reject) => {
    execFile(
      file,
      [...args],
      { ...options, encoding: 'utf8', shell: false },
      (error, stdout, stderr) => {
        if (error) reject(error);
        else resolve({ stdout, stderr });
      },
    );
  });
