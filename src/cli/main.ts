/** Process entry of the ThiDua CLI (`npm run cli -- …`, bin/thidua.cjs): real io, exit code. */
import { runCli } from "./cli";

// build and demo write files asynchronously; a crash rejects and Node reports it (exit 1), as a throw did.
void Promise.resolve(
  runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
  }),
).then((code) => {
  process.exitCode = code;
});
