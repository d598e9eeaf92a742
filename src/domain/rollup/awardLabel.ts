/**
 * The award column of an export read back (docs/export-csv.md, "Đề nghị khen thưởng"): "Cờ thi đua" (proposed),
 * "Bằng khen – Bình xét (còn 1 suất); nếu không: …" (put to a vote for the first award named), "Chờ xác nhận
 * điều kiện" (a gate awaiting a decision) or empty. The texts are the workbook's (Vietnamese) catalogue texts.
 */
import { message, render } from "../../messages/message";
import { cleanText } from "../text/normalize";
import type { ProposalStatus } from "./types";

const vi = (id: "wb.label.otherwise" | "wb.label.gatePending" | "wb.label.voteSlots", params: Record<string, string> = {}) => render(message(id, params), "vi-VN");

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "{award} – Bình xét (còn {slots} suất)" as a pattern capturing the award. */
const VOTE = new RegExp(`^${escapeRegExp(vi("wb.label.voteSlots", { award: "\u0000", slots: "\u0001" })).replace("\u0000", "(.+)").replace("\u0001", "\\d+")}$`, "u");

export function parseAwardLabel(label: string): { readonly award: string | null; readonly status: ProposalStatus } {
  const text = cleanText(label);
  if (text === "") return { award: null, status: "none" };
  if (text === cleanText(vi("wb.label.gatePending"))) return { award: null, status: "pending" };
  const first = cleanText(text.split(cleanText(vi("wb.label.otherwise")))[0] ?? text);
  const vote = VOTE.exec(first);
  return vote ? { award: cleanText(vote[1]!), status: "vote" } : { award: first, status: "proposed" };
}
