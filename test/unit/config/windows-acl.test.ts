import { describe, expect, it } from 'vitest';
import { parseSddl, sddlCommand, writableByOthers } from '../../../main/config/windows-acl';
import { sddl } from './windows-acl-samples';

describe('writableByOthers', () => {
  it('accepts what the installer creates and what TrustedInstaller owns', () => {
    expect(writableByOthers(sddl.installerFolder)).toBeNull();
    expect(writableByOthers(sddl.installerFile)).toBeNull();
    expect(writableByOthers(sddl.trustedInstallerFile)).toBeNull();
  });

  it('refuses ProgramData as the policy folder: Users may add files to it', () => {
    expect(writableByOthers(sddl.programData)).toBe('BUILTIN\\Users can write to it');
  });

  it('refuses a folder a technician created, naming the owner', () => {
    expect(writableByOthers(sddl.userCreatedFolder)).toMatch(
      /^it is owned by the account S-1-5-21-1004336348-1177238915-682003330-1001/,
    );
  });

  it('refuses Modify for Users, Everyone by alias, generic write by mask and a null DACL', () => {
    expect(writableByOthers(sddl.userWritableFile)).toBe('BUILTIN\\Users can write to it');
    expect(writableByOthers(sddl.everyoneFolder)).toBe('Everyone can write to it');
    expect(writableByOthers(sddl.authenticatedWrite)).toBe('Authenticated Users can write to it');
    expect(writableByOthers(sddl.nullDacl)).toMatch(/no access control list/);
    expect(writableByOthers('')).toBe('its owner could not be read');
  });

  it('reads owner, flags, masks and SIDs', () => {
    expect(parseSddl(sddl.installerFolder)).toEqual({
      owner: 'BA',
      dacl: [
        { type: 'A', flags: ['OI', 'CI'], mask: 0x1f01ff, sid: 'SY' },
        { type: 'A', flags: ['OI', 'CI'], mask: 0x1f01ff, sid: 'BA' },
        { type: 'A', flags: ['OI', 'CI'], mask: 0x1200a9, sid: 'BU' },
      ],
    });
  });
});

describe('sddlCommand', () => {
  it('quotes the path for PowerShell and calls .NET, not a module', () => {
    const command = sddlCommand("C:\\ProgramData\\TAP Desk\\it's.json");
    expect(command).toContain("$p = 'C:\\ProgramData\\TAP Desk\\it''s.json'");
    expect(command).toContain('[System.IO.File]::GetAccessControl($p)');
    expect(command).not.toMatch(/Get-Acl/);
  });
});
