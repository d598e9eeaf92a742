/**
 * A test hook, inert unless THIDUA_TEST_KILL_AT is set: the process kills itself (SIGKILL, as a power
 * cut or a closed terminal would) at the named point of a write, so tests can check that a kill leaves
 * every input as it was and every output complete or absent. Points: see ./writeAll.ts.
 */
export function killPoint(point: string): void {
  if (process.env.THIDUA_TEST_KILL_AT === point) process.kill(process.pid, "SIGKILL");
}
