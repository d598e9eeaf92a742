/**
 * Documents as a reader sees them: one soffice run with a private profile and HOME (so runs never share or
 * touch the user's LibreOffice), a file converted to PDF, and the PDF's text page by page (poppler's pdftotext).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { findSoffice } from "./soffice";

/** Runs soffice headless with its profile and HOME under `work`; the exit status and everything it printed. */
export function sofficeRun(args: readonly string[], work: string): { status: number | null; out: string } {
  mkdirSync(join(work, "home"), { recursive: true });
  const r = spawnSync(findSoffice(), ["--headless", "--norestore", "--nolockcheck", `-env:UserInstallation=${pathToFileURL(join(work, "profile")).href}`, ...args], {
    cwd: work,
    env: { ...process.env, HOME: join(work, "home") },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: r.status, out: `${r.stdout ?? ""}${r.stderr ?? ""}` };
}

/** Converts `file` to a PDF in `work` and returns its path; throws with soffice's output when it fails. */
export function convertToPdf(file: string, work: string): string {
  const r = sofficeRun(["--convert-to", "pdf", "--outdir", work, file], work);
  if (r.status !== 0) throw new Error(`soffice could not convert ${file} to PDF (${r.status}): ${r.out}`);
  return join(work, basename(file).replace(/\.[^.]+$/, ".pdf"));
}

/** The text of each non-empty page of a PDF, laid out as printed (pdftotext -layout). */
export function pdfPageTexts(pdf: string): string[] {
  const r = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
  if (r.error || r.status !== 0) throw new Error(`pdftotext failed on ${pdf}: ${r.error?.message ?? r.stderr}`);
  return r.stdout.split("\f").filter((p) => p.trim() !== "");
}
