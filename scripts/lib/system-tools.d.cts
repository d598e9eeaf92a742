// Types for system-tools.cjs (used by the Jest tests).
export interface SystemTool {
  id: string;
  what: string;
  pkg: string;
  skipFlag?: string;
  present(env: NodeJS.ProcessEnv): boolean;
}
export type InstallPlan =
  | { action: "none" }
  | { action: "install"; packages: string[]; commands: string[][] }
  | { action: "stop"; command: string | null };
export declare const TOOLS: readonly SystemTool[];
export declare function missingTools(env?: NodeJS.ProcessEnv, tools?: readonly SystemTool[]): SystemTool[];
export declare function installPlan(
  missing: readonly SystemTool[],
  machine: { platform: string; isRoot: boolean; canSudo: boolean; hasApt: boolean },
): InstallPlan;
export declare function onPath(name: string, env: NodeJS.ProcessEnv): string | null;
