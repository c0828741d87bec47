/** `npm run audit:verify -- <files or folders> [--local <audit folder>]`: see main/audit/central/verify-cli.ts. */
import { runAuditVerify } from '../main/audit/central/verify-cli';

const run = await runAuditVerify(process.argv.slice(2));
process.stdout.write(run.output);
process.exitCode = run.exitCode;
