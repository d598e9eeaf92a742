/**
 * A CSV syntax error in the user's words (csv-parse's own text is English and names its internals):
 * an unclosed quote is reported at the line where the quoted cell opened.
 */
import { message, type Message } from "../../messages/message";

/** 1-based line where a quoted cell opens and is never closed, or null. */
export function unclosedQuoteLine(body: string): number | null {
  let line = 1;
  let openedAt: number | null = null;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\n") line++;
    else if (c === '"') {
      if (openedAt === null) openedAt = line;
      else if (body[i + 1] === '"') i++;
      else openedAt = null;
    }
  }
  return openedAt;
}

/** What is wrong, for "lỗi cú pháp CSV ({detail})". */
export function csvSyntaxDetail(code: string | undefined): Message {
  if (code === "CSV_QUOTE_NOT_CLOSED") return message("files.read.csv.quoteNotClosed");
  if (code === "CSV_INVALID_CLOSING_QUOTE" || code === "INVALID_OPENING_QUOTE") return message("files.read.csv.textAfterQuote");
  return message("files.read.csv.unreadableLine");
}
