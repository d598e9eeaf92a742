/** Process entry of the ThiDua CLI (`npm run cli -- …`, bin/thidua.cjs): real io, exit code. */
import { runCli } from "./cli";

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  env: process.env,
});
