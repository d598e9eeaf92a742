/**
 * The one catalogue of user-facing text, vi-VN first, en-US second. Sections: the scoring
 * domain (ids as they are), the command line ("cli.…"), the task pane ("ui.…") and the
 * texts written into the scoring workbook ("wb.…"), exports ("export.…"), self-scoring
 * handouts and merge ("handout.…"), the pane's workbook actions ("actions.…"), the preview host ("preview.…"),
 * file reading and writing ("files.…"), Vietnamese text hygiene ("hygiene.…"), undo and fixes ("undo.…") and
 * result freshness ("fresh.…"), the criteria design sheet and table import ("design.…"),
 * changing the criteria of a filled workbook ("change.…").
 * Placeholders are {name}; `render` (./message.ts) formats numbers for the locale.
 */
import { actionTexts } from "./actionTexts";
import { cliTexts } from "./cliTexts";
import { domainTexts } from "./domainTexts";
import { exportTexts } from "./exportTexts";
import { handoutTexts } from "./handoutTexts";
import { previewTexts } from "./previewTexts";
import { taskpaneReviewTexts } from "./taskpaneReviewTexts";
import { taskpaneTexts } from "./taskpaneTexts";
import { workbookTexts } from "./workbookTexts";
import { fileTexts } from "./fileTexts";
import { hygieneTexts } from "./hygieneTexts";
import { undoTexts } from "./undoTexts";
import { freshnessTexts } from "./freshnessTexts";
import { designTexts } from "./designTexts";
import { designActionTexts, designPaneTexts } from "./designPaneTexts";
import { changeTexts } from "./changeTexts";
import { rollupTexts } from "./rollupTexts";
import { historyTexts } from "./historyTexts";
import { rollupPaneTexts } from "./rollupPaneTexts";
import { placeTexts } from "./placeTexts";

export type Text = { readonly vi: string; readonly en: string };

type Prefixed<P extends string, T> = { readonly [K in keyof T & string as `${P}${K}`]: T[K] };

function prefixed<P extends string, T extends Record<string, Text>>(prefix: P, texts: T): Prefixed<P, T> {
  return Object.fromEntries(Object.entries(texts).map(([k, v]) => [`${prefix}${k}`, v])) as Prefixed<P, T>;
}

export const catalogue = {
  ...domainTexts,
  ...prefixed("cli.", cliTexts),
  ...prefixed("ui.", { ...taskpaneTexts, ...taskpaneReviewTexts, ...designPaneTexts, ...rollupPaneTexts }),
  ...prefixed("wb.", workbookTexts),
  ...prefixed("export.", exportTexts),
  ...prefixed("handout.", handoutTexts),
  ...prefixed("actions.", { ...actionTexts, ...designActionTexts }),
  ...prefixed("preview.", previewTexts),
  ...prefixed("files.", fileTexts),
  ...prefixed("hygiene.", hygieneTexts),
  ...prefixed("undo.", undoTexts),
  ...prefixed("fresh.", freshnessTexts),
  ...prefixed("design.", designTexts),
  ...prefixed("change.", changeTexts),
  ...prefixed("rollup.", rollupTexts),
  ...prefixed("history.", historyTexts),
  ...prefixed("place.", placeTexts),
};

export type MessageId = keyof typeof catalogue;
export type Locale = "vi-VN" | "en-US";
export const LOCALES: readonly Locale[] = ["vi-VN", "en-US"];
