/** Drop-downs and number rules of the settings and of the blocks under the criteria table. */
import { AWARD_COLUMNS as A, BAND_COLUMNS as B, SETTING_VALUE_COLUMN, TIE_COLUMNS as T, type DesignBlock, type DesignSheet, type SettingKey } from "../../domain/template/design";
import { BAND_GAP, GATE_EFFECT, QUOTA_BASE, RANK_BY, ROUNDING, TIE_BY, YES_NO } from "../../domain/template/design/words";
import { addr, type DataValidationPlan } from "../plan";
import { listValidation, numberValidation } from "./designChecks";
import { MAX_LOOK_BACK } from "../../domain/history/types";

export function settingValidations(d: DesignSheet): DataValidationPlan[] {
  const at = (k: SettingKey) => {
    const s = d.settings[k];
    return s ? addr(SETTING_VALUE_COLUMN, s.row) : null;
  };
  const rules: [SettingKey, (range: string) => DataValidationPlan][] = [
    ["total", (r) => numberValidation(r, 0)],
    ["precision", (r) => numberValidation(r, 0, 4, true)],
    ["step", (r) => numberValidation(r, 0)],
    ["bonusCap", (r) => numberValidation(r, 0)],
    ["penaltyCap", (r) => numberValidation(r, 0)],
    ["selfClusterGap", (r) => numberValidation(r, 0)],
    ["rankBy", (r) => listValidation(r, RANK_BY)],
    ["gateEffect", (r) => listValidation(r, GATE_EFFECT)],
    ["bandGap", (r) => listValidation(r, BAND_GAP)],
  ];
  return rules.flatMap(([k, rule]) => {
    const a = at(k);
    return a ? [rule(a)] : [];
  });
}

/** The block's rows in one column: "D40:D44". */
function column<F extends string>(b: DesignBlock<F>, c: number): string | null {
  const first = b.rows[0]?.row;
  const last = b.rows.at(-1)?.row;
  return first === undefined || last === undefined ? null : `${addr(c, first)}:${addr(c, last)}`;
}

export function blockValidations(d: DesignSheet): DataValidationPlan[] {
  const rules: [DesignBlock<string>, number, (range: string) => DataValidationPlan][] = [
    [d.bands, B.min, (r) => numberValidation(r, 0)],
    [d.bands, B.max, (r) => numberValidation(r, 0)],
    [d.bands, B.exclusive, (r) => listValidation(r, YES_NO)],
    [d.tieBreak, T.by, (r) => listValidation(r, TIE_BY)],
    [d.awards, A.count, (r) => numberValidation(r, 0, undefined, true)],
    [d.awards, A.percent, (r) => numberValidation(r, 0, 100)],
    [d.awards, A.base, (r) => listValidation(r, QUOTA_BASE)],
    [d.awards, A.rounding, (r) => listValidation(r, ROUNDING)],
    [d.awards, A.minScore, (r) => numberValidation(r, 0)],
    [d.awards, A.previousPeriods, (r) => numberValidation(r, 1, MAX_LOOK_BACK, true)],
  ];
  return rules.flatMap(([b, c, rule]) => {
    const range = column(b, c);
    return range ? [rule(range)] : [];
  });
}
