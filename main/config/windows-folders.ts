/**
 * Where Windows keeps the programs and the machine-wide data TAP Desk trusts. Never taken from the
 * process environment: `ProgramData`, `SystemRoot` and `PATH` are whatever the technician started
 * the app with, so a changed variable could point the policy at a folder they own (planted) or at
 * an empty one (skipped), or run a reg.exe of their own. These are Windows' fixed defaults; a
 * machine with Windows on another drive is managed through the registry key (the ADMX template)
 * only, and the admin guide says so.
 */
import path from 'node:path';

export const windowsFolders = {
  system32: 'C:\\Windows\\System32',
  programData: 'C:\\ProgramData',
} as const;

/** The machine policy folder the installer creates with an administrators-only ACL. */
export const windowsPolicyFolder = path.win32.join(windowsFolders.programData, 'TAP Desk');

export const regExe = path.win32.join(windowsFolders.system32, 'reg.exe');

/** Windows PowerShell 5.1, present on every supported Windows; used to read ACLs as SDDL. */
export const powershellExe = path.win32.join(
  windowsFolders.system32,
  'WindowsPowerShell',
  'v1.0',
  'powershell.exe',
);
