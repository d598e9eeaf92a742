/**
 * exceljs, docx and zod must not enter the pane's first bundle: the step reaches them only through
 * import() (./generate.ts). Walks the static (non-type) imports from ExportStep.tsx and fails if one
 * of them is reachable.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

const HEAVY = ["exceljs", "docx", "zod", "jszip"];

function staticImports(file: string): string[] {
  const src = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const m of src.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\s+from\s+)?["']([^"']+)["']/gm)) out.push(m[1]!);
  return out;
}

function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const ext of [".ts", ".tsx", "/index.ts", "/index.tsx"]) if (existsSync(base + ext)) return base + ext;
  return null;
}

function reachablePackages(entry: string): Map<string, string> {
  const seen = new Set<string>();
  const packages = new Map<string, string>();
  const stack = [entry];
  while (stack.length) {
    const f = stack.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const spec of staticImports(f)) {
      if (spec.startsWith(".")) {
        const r = resolveLocal(f, spec);
        if (r) stack.push(r);
      } else packages.set(spec.split("/")[0]!.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!, f);
    }
  }
  return packages;
}

it("ExportStep reaches exceljs, docx, zod and jszip only through dynamic import()", () => {
  const pkgs = reachablePackages(resolve(__dirname, "ExportStep.tsx"));
  expect(HEAVY.filter((p) => pkgs.has(p)).map((p) => `${p} (from ${pkgs.get(p)})`)).toEqual([]);
  // The walk does follow imports: from the generators themselves the heavy packages are found.
  expect(pkgs.has("react")).toBe(true);
  expect(reachablePackages(resolve(__dirname, "../../../export/summaryXlsx.ts")).has("exceljs")).toBe(true);
  expect(reachablePackages(resolve(__dirname, "../../../export/bienBan.ts")).has("docx")).toBe(true);
  const generate = readFileSync(resolve(__dirname, "generate.ts"), "utf8");
  for (const m of ["bienBan", "summaryXlsx", "csv", "meeting"]) expect(generate).toMatch(new RegExp(`await import\\(/\\* webpackChunkName: "export-[a-z]+" \\*/ "\\.\\./\\.\\./\\.\\./export/${m}"\\)`));
  expect(generate).not.toMatch(/^import (?!type)/m);
});
