/**
 * Kills during writes (SIGKILL, like a power cut or a closed terminal): the CLI runs as a process and kills
 * itself at a named point of its write (src/cli/files/killPoint.ts). Inputs stay byte-identical (merge's
 * workbook: as it was or completely merged), outputs are complete or absent.
 */
import type { Case } from "../support/harness";

function kill(command: "export" | "handout" | "merge" | "build", point: string): Case {
  const setup: Record<typeof command, Pick<Case, "files" | "argv" | "outputs" | "rewrites">> = {
    export: { files: (b) => ({ "cum.xlsx": b.cluster }), argv: ["export", "cum.xlsx", "--docx", "bb.docx", "--csv", "th.csv", "--xlsx", "th.xlsx"], outputs: ["bb.docx", "th.csv", "th.xlsx"] },
    handout: { files: (b) => ({ "cum.xlsx": b.cluster }), argv: ["handout", "cum.xlsx", "--out-dir", "phat"], outputs: ["phat"] },
    merge: { files: (b) => ({ "cum.xlsx": b.cluster, "ha-giang.xlsx": b.handout }), argv: ["merge", "cum.xlsx", "ha-giang.xlsx"], rewrites: ["cum.xlsx"] },
    build: { files: (b) => ({ "don-vi.txt": b.units }), argv: ["build", "-t", "blank-100", "-u", "don-vi.txt", "-o", "so.xlsx"], outputs: ["so.xlsx"] },
  };
  return { name: `kill during ${command} at ${point}`, ...setup[command], mentions: [], fix: null, killAt: point };
}

export const killCases: Case[] = [
  kill("export", "temp:1:half"),
  kill("export", "temp:3"),
  kill("export", "rename:2"),
  kill("handout", "temp:2:half"),
  kill("handout", "rename:1"),
  kill("merge", "temp:1:half"),
  kill("merge", "rename:1"),
  kill("merge", "rename:2"),
  kill("build", "temp:1:half"),
];
