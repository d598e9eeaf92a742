/**
 * The user's explicit "old code = new code" list for a criteria change ("I.3 is now I.4"): one text the
 * pane and the CLI both accept, "I.3=I.4, II.1=II.2" (commas, semicolons or line breaks between pairs).
 */
import { message, type Message } from "../../../messages/message";
import { cleanText } from "../../text/normalize";

export interface Rename {
  /** A scored criterion's code in the template the workbook was built with. */
  readonly from: string;
  /** A scored criterion's code in the new template. */
  readonly to: string;
}

export type RenamesRead = { readonly ok: true; readonly renames: readonly Rename[] } | { readonly ok: false; readonly problems: readonly Message[] };

/** Reads "I.3=I.4, II.1=II.2" (also "I.3 → I.4", "I.3->I.4"); empty text = no renames. */
export function parseRenames(text: string): RenamesRead {
  const renames: Rename[] = [];
  const problems: Message[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const part = cleanText(raw);
    if (part === "") continue;
    const pair = part.split(/\s*(?:=|→|->)\s*/);
    if (pair.length !== 2 || pair[0] === "" || pair[1] === "") problems.push(message("change.rename.syntax", { part }));
    else renames.push({ from: pair[0]!, to: pair[1]! });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, renames };
}

/** The list as the user would type it again ("I.3=I.4, II.1=II.2"). */
export function formatRenames(renames: readonly Rename[]): string {
  return renames.map((r) => `${r.from}=${r.to}`).join(", ");
}
