/**
 * Security descriptors as `GetSecurityDescriptorSddlForm('Owner, Access')` prints them for the
 * folders and files the policy check meets. Written from Windows' documented default ACLs (the
 * ProgramData ACL lets Users create subfolders, whose creator then owns them) and the ACL the
 * installer sets; not captured on a Windows machine here, which these hosts do not have.
 */
const user = 'S-1-5-21-1004336348-1177238915-682003330-1001';
const trustedInstaller = 'S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464';

export const sddl = {
  /** `icacls … /inheritance:r /grant:r SYSTEM:F Administrators:F Users:RX`, owner Administrators. */
  installerFolder: 'O:BAD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1200a9;;;BU)',
  /** A file in that folder inherits it. */
  installerFile: 'O:BAD:AI(A;ID;FA;;;SY)(A;ID;FA;;;BA)(A;ID;0x1200a9;;;BU)',
  /** ProgramData itself: Users may add folders and files (CI, DCLCRPCR), read everything. */
  programData:
    'O:SYD:P(A;OICIIO;GA;;;CO)(A;OICIIO;GA;;;SY)(A;;FA;;;SY)(A;OICIIO;GA;;;BA)(A;;FA;;;BA)(A;OICIIO;GXGR;;;BU)(A;;0x1200a9;;;BU)(A;CI;DCLCRPCR;;;BU)',
  /** "TAP Desk" created by a technician before the installer ran: they own it. */
  userCreatedFolder: `O:${user}D:AI(A;ID;FA;;;${user})(A;OICIIOID;GA;;;CO)(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)(A;OICIID;0x1200a9;;;BU)(A;CIID;DCLCRPCR;;;BU)`,
  /** Owned by Administrators, but someone granted Users Modify on it. */
  userWritableFile: 'O:BAD:AI(A;;0x1301bf;;;BU)(A;ID;FA;;;SY)(A;ID;FA;;;BA)',
  /** Everyone full control, written with an alias. */
  everyoneFolder: 'O:BAD:(A;OICI;FA;;;WD)(A;OICI;FA;;;SY)',
  /** Owned by TrustedInstaller with Authenticated Users read-only: fine. */
  trustedInstallerFile: `O:${trustedInstaller}D:(A;;FA;;;${trustedInstaller})(A;;FR;;;AU)(A;;FA;;;S-1-5-18)`,
  /** A deny entry does not make an allow entry safe, and a null DACL grants everyone all. */
  nullDacl: 'O:BAD:NO_ACCESS_CONTROL',
  /** Authenticated Users with generic write by hex mask. */
  authenticatedWrite: 'O:SYD:(D;;FA;;;AN)(A;;0x40000000;;;AU)(A;;FA;;;SY)',
} as const;
