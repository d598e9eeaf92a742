import { useState } from "react";
import type { DesignStart } from "../../../../excel/actions/designTypes";
import type { ExcelActions } from "../../../../excel/actions/types";
import type { Message } from "../../../../messages/message";
import { uiMessage } from "../../../i18n/strings";
import type { OperationRunner } from "../../stepProps";

export type DesignInsertState =
  | { readonly kind: "idle" }
  /** A design sheet exists: the user chooses to insert a new one beside it, or not. */
  | { readonly kind: "clash"; readonly start: DesignStart; readonly sheet: string }
  | { readonly kind: "done"; readonly summary: Message }
  | { readonly kind: "failed"; readonly error: Message };

/** Inserting a design sheet through the pane's action: a clash asks before a second sheet is added. */
export function useDesignInsert(actions: Pick<ExcelActions, "insertDesign">, ops: OperationRunner) {
  const [state, setState] = useState<DesignInsertState>({ kind: "idle" });
  const insert = async (start: DesignStart, choice?: "keepBoth"): Promise<boolean> => {
    setState({ kind: "idle" });
    const r = await ops.run(uiMessage("design.inserting"), () => actions.insertDesign(start, choice));
    if (r.ok) {
      ops.wrote();
      setState({ kind: "done", summary: r.value.summary });
      return true;
    }
    if (r.error.id === "actions.error.designExists") setState({ kind: "clash", start, sheet: String(r.error.params.sheet) });
    else setState({ kind: "failed", error: r.error });
    return false;
  };
  return { state, insert, reset: () => setState({ kind: "idle" }) };
}
