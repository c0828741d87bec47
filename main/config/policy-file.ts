/**
 * The machine policy file: where it lives on each platform, and the checks that decide whether it
 * can be trusted. A policy the user could have written is no policy, so on macOS and Linux the
 * file must be a regular file (not a link), owned by root and writable by nobody else, in a folder
 * with the same properties. A file that fails is ignored as a whole, with a problem saying why.
 */
import path from 'node:path';
import type { ConfigProblem } from '../../preload/contract';
import type { ConfigFs, FileFacts } from './config-fs';
import { parseLayer, emptyLayer } from './parse-layer';
import type { Layer } from './parse-layer';
import { writableByOthers } from './windows-acl';
import { windowsPolicyFolder } from './windows-folders';

/** Larger than any real policy by two orders of magnitude; bounds what start-up will read. */
export const maxSettingsBytes = 64 * 1024;

/** Where the machine policy file lives. Never from the environment (see windows-folders.ts). */
export function machinePolicyPath(platform: NodeJS.Platform): string {
  if (platform === 'win32') return path.win32.join(windowsPolicyFolder, 'policy.json');
  if (platform === 'darwin') return '/Library/Application Support/TAP Desk/policy.json';
  return '/etc/tap-desk/policy.json';
}

export interface PolicyFileOptions {
  readonly file: string;
  readonly platform: NodeJS.Platform;
  readonly fs: ConfigFs;
  /** The owner a policy must have: root (0) in production; tests use their own uid. */
  readonly trustedUid: number;
  /** Windows: prints a path's owner and DACL as SDDL (PowerShell in production). */
  readonly readSddl?: (target: string) => Promise<string>;
}

export async function readPolicyFile(options: PolicyFileOptions): Promise<Layer> {
  const { file, platform } = options;
  const problem = (message: string, fix: string): Layer => ({
    ...emptyLayer,
    problems: [{ file, field: '(whole file)', message: `${message}, so TAP Desk ignored it`, fix }],
  });
  const outcome = await options.fs.readRegularFile(file, maxSettingsBytes);
  switch (outcome.kind) {
    case 'absent':
      return emptyLayer;
    case 'symlink':
      return problem(
        'The policy file is a symbolic link, which could point at a file anyone can edit',
        `Replace the link with the real file: ${installCommand(platform, file)}`,
      );
    case 'not-a-file':
      return problem(
        'The policy path is not a regular file',
        `Remove what is there and put a JSON file at ${file}.`,
      );
    case 'too-large':
      return problem(
        `The policy file is ${outcome.size} bytes; the limit is ${maxSettingsBytes} bytes (64 KiB)`,
        'Remove unused entries; a complete policy is a few KiB (see policy.example.json).',
      );
    case 'unreadable':
      return problem(
        `The policy file could not be read (${outcome.reason})`,
        `Make it readable by everyone: ${chmodCommand(platform, file)}`,
      );
    case 'ok':
      break;
  }
  if (platform === 'win32') {
    const unsafe = await windowsAclProblem(options);
    if (unsafe !== null) return { ...emptyLayer, problems: [unsafe] };
  } else {
    const unsafe =
      trustProblem(file, outcome.facts, options.trustedUid, platform) ??
      (await folderProblem(options, path.posix.dirname(file)));
    if (unsafe !== null) return { ...emptyLayer, problems: [unsafe] };
  }
  return parseSettingsBytes(outcome.bytes, { file, platform, role: 'policy' });
}

/** The file and its folder must be changeable by SYSTEM and administrators only. */
async function windowsAclProblem(options: PolicyFileOptions): Promise<ConfigProblem | null> {
  const { file } = options;
  const folder = path.win32.dirname(file);
  const fix = `Recreate the folder as the installer does: icacls "${folder}" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX && icacls "${folder}" /setowner *S-1-5-32-544 /T`;
  for (const target of [folder, file]) {
    let why: string | null;
    try {
      if (options.readSddl === undefined) throw new Error('no ACL reader');
      why = writableByOthers(await options.readSddl(target));
    } catch {
      why = 'its permissions could not be read';
    }
    if (why !== null) {
      return {
        file,
        field: '(whole file)',
        message: `${target === file ? 'The policy file' : `The folder ${folder}`} is not admin-only (${why}), so TAP Desk ignored the policy file`,
        fix,
      };
    }
  }
  return null;
}

/** Parses bytes as a settings document; shared with the user settings file. */
export function parseSettingsBytes(
  bytes: Uint8Array,
  options: { file: string; platform: NodeJS.Platform; role?: 'policy' | 'user' },
): Layer {
  let doc: unknown;
  try {
    doc = JSON.parse(decode(bytes));
  } catch (error) {
    return {
      ...emptyLayer,
      problems: [
        {
          file: options.file,
          field: '(whole file)',
          message: `is not valid JSON (${error instanceof SyntaxError ? error.message : 'parse error'}), so TAP Desk ignored it`,
          fix: 'Fix the syntax (no comments or trailing commas; use "$comment" for notes) and compare with policy.example.json.',
        },
      ],
    };
  }
  return parseLayer(doc, options);
}

/** Admins edit these files with Notepad and PowerShell, which write BOMs and UTF-16. */
function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}

function trustProblem(
  file: string,
  facts: FileFacts,
  trustedUid: number,
  platform: NodeJS.Platform,
): ConfigProblem | null {
  const owner = trustedUid === 0 ? 'root' : `uid ${trustedUid}`;
  if (facts.uid !== trustedUid) {
    return {
      file,
      field: '(whole file)',
      message: `The policy file is owned by uid ${facts.uid}, not ${owner}, so its owner could change the policy; TAP Desk ignored it`,
      fix: `${chownCommand(platform, file)} && ${chmodCommand(platform, file)}`,
    };
  }
  if ((facts.mode & 0o022) !== 0) {
    return {
      file,
      field: '(whole file)',
      message: `The policy file is ${writableBy(facts.mode)}-writable (mode ${octal(facts.mode)}), so TAP Desk ignored it`,
      fix: chmodCommand(platform, file),
    };
  }
  return null;
}

/** Whoever can write the folder can replace or delete the policy, so it gets the same rule. */
async function folderProblem(
  options: PolicyFileOptions,
  folder: string,
): Promise<ConfigProblem | null> {
  const facts = await options.fs.folderFacts(folder);
  if (facts === null) return null;
  if (facts.uid === options.trustedUid && (facts.mode & 0o022) === 0) return null;
  return {
    file: options.file,
    field: '(whole file)',
    message: `The folder ${folder} is writable by someone other than root (owner uid ${facts.uid}, mode ${octal(facts.mode)}), so TAP Desk ignored the policy file`,
    fix: `sudo chown root:${rootGroup(options.platform)} "${folder}" && sudo chmod 755 "${folder}"`,
  };
}

const octal = (mode: number): string => `0${(mode & 0o777).toString(8)}`;
const writableBy = (mode: number): string =>
  (mode & 0o020) !== 0 && (mode & 0o002) !== 0
    ? 'group- and world'
    : (mode & 0o020) !== 0
      ? 'group'
      : 'world';
const rootGroup = (platform: NodeJS.Platform): string => (platform === 'darwin' ? 'wheel' : 'root');
const chmodCommand = (platform: NodeJS.Platform, file: string): string =>
  platform === 'win32'
    ? `Grant Users read access to "${file}" and nothing more.`
    : `sudo chmod 644 "${file}"`;
const chownCommand = (platform: NodeJS.Platform, file: string): string =>
  `sudo chown root:${rootGroup(platform)} "${file}"`;
const installCommand = (platform: NodeJS.Platform, file: string): string =>
  platform === 'win32'
    ? `delete the link and copy the policy file to "${file}".`
    : `sudo install -o root -g ${rootGroup(platform)} -m 644 <your-policy.json> "${file}" (after removing the link)`;
