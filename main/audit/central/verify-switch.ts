/**
 * The packaged app's `--audit-verify <files or folders> [--local <folder>]` switch: everything
 * after it is the verifier's arguments. Pure, so the shell only wires it.
 */
export const auditVerifySwitch = '--audit-verify';

export function auditVerifyArgs(argv: readonly string[]): string[] | null {
  const at = argv.indexOf(auditVerifySwitch);
  return at < 0 ? null : argv.slice(at + 1);
}
