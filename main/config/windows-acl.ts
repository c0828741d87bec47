/**
 * Whether a Windows file or folder can be changed by anyone but administrators, read from its
 * security descriptor in SDDL form (owner and DACL). SDDL names accounts by SID or two-letter
 * alias, never by localized name, so the verdict is the same on a German or Japanese Windows.
 * A policy file a technician could write, or sits in a folder they could add files to, is no policy.
 */

/** SIDs that may own or write machine policy: SYSTEM, Administrators, TrustedInstaller. */
const trusted = new Set([
  'SY',
  'S-1-5-18',
  'BA',
  'S-1-5-32-544',
  'S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464',
]);

/** The names the admin sees for the usual untrusted SIDs. */
const knownNames: Readonly<Record<string, string>> = {
  BU: 'BUILTIN\\Users',
  'S-1-5-32-545': 'BUILTIN\\Users',
  AU: 'Authenticated Users',
  'S-1-5-11': 'Authenticated Users',
  WD: 'Everyone',
  'S-1-1-0': 'Everyone',
  IU: 'INTERACTIVE',
  'S-1-5-4': 'INTERACTIVE',
  PU: 'Power Users',
  'S-1-5-32-547': 'Power Users',
};

/** Access-mask aliases SDDL uses for files and folders. */
const rightAliases: Readonly<Record<string, number>> = {
  GA: 0x10000000,
  GX: 0x20000000,
  GW: 0x40000000,
  GR: 0x80000000,
  FA: 0x1f01ff,
  FR: 0x120089,
  FW: 0x120116,
  FX: 0x1200a0,
  SD: 0x10000,
  RC: 0x20000,
  WD: 0x40000,
  WO: 0x80000,
  CC: 0x1,
  DC: 0x2,
  LC: 0x4,
  SW: 0x8,
  RP: 0x10,
  WP: 0x20,
  DT: 0x40,
  LO: 0x80,
  CR: 0x100,
};

/**
 * Rights that let someone change what TAP Desk reads: write or append data (in a folder: add a
 * file or subfolder), delete a child, delete, change the ACL or the owner, and the generic
 * all/write rights.
 */
const writeMask = 0x2 | 0x4 | 0x40 | 0x10000 | 0x40000 | 0x80000 | 0x10000000 | 0x40000000;

export interface Ace {
  readonly type: string;
  readonly flags: readonly string[];
  readonly mask: number;
  readonly sid: string;
}

export interface SecurityDescriptor {
  readonly owner: string | null;
  /** null: no DACL at all, which grants everyone everything. */
  readonly dacl: readonly Ace[] | null;
}

export function parseSddl(sddl: string): SecurityDescriptor {
  const text = sddl.trim();
  const owner = /O:(S-1-[0-9-]+|[A-Z]{2})/.exec(text)?.[1] ?? null;
  const daclStart = text.indexOf('D:');
  if (daclStart < 0 || text.startsWith('D:NO_ACCESS_CONTROL', daclStart)) return { owner, dacl: null };
  const dacl: Ace[] = [];
  for (const match of text.slice(daclStart).matchAll(/\(([^)]*)\)/g)) {
    const [type = '', flags = '', rights = '', , , sid = ''] = (match[1] ?? '').split(';');
    dacl.push({ type, flags: flags.match(/.{2}/g) ?? [], mask: rightsMask(rights), sid });
  }
  return { owner, dacl };
}

function rightsMask(rights: string): number {
  if (/^0x[0-9a-f]+$/i.test(rights)) return Number.parseInt(rights, 16);
  let mask = 0;
  for (const alias of rights.match(/.{2}/g) ?? []) mask |= rightAliases[alias] ?? 0;
  return mask;
}

const isTrusted = (sid: string): boolean => trusted.has(sid);
const nameOf = (sid: string): string =>
  knownNames[sid] ?? (sid.startsWith('S-1-5-21-') ? `the account ${sid}` : sid);

/** Why the object is not admin-only, or null when only SYSTEM and administrators can change it. */
export function writableByOthers(sddl: string): string | null {
  const { owner, dacl } = parseSddl(sddl);
  if (owner === null) return 'its owner could not be read';
  if (!isTrusted(owner)) return `it is owned by ${nameOf(owner)}, who can always change its permissions`;
  if (dacl === null) return 'it has no access control list, so everyone can change it';
  for (const ace of dacl) {
    // Deny entries only narrow access; inherit-only entries do not apply to the object itself.
    if (ace.type !== 'A' || ace.flags.includes('IO')) continue;
    // CREATOR OWNER and OWNER RIGHTS stand for the owner, who is trusted at this point.
    if (ace.sid === 'CO' || ace.sid === 'OW' || isTrusted(ace.sid)) continue;
    if ((ace.mask & writeMask) !== 0) return `${nameOf(ace.sid)} can write to it`;
  }
  return null;
}

/**
 * The PowerShell command that prints `target`'s owner and DACL as SDDL. It calls .NET directly,
 * so no module is loaded from a PSModulePath the technician could have changed.
 */
export function sddlCommand(target: string): string {
  const quoted = `'${target.replaceAll("'", "''")}'`;
  return [
    `$p = ${quoted}`,
    `if ([System.IO.Directory]::Exists($p)) { $acl = [System.IO.Directory]::GetAccessControl($p) }`,
    `else { $acl = [System.IO.File]::GetAccessControl($p) }`,
    `$acl.GetSecurityDescriptorSddlForm('Owner, Access')`,
  ].join('; ');
}
