/**
 * State the steps share (the chosen template and the cluster), kept by the shell in a reducer.
 * Steps read `state` and change it only through `dispatch`.
 */
import type { Template } from "../../domain/template/model";

/** Where the chosen template came from. */
export type TemplateOrigin =
  | { readonly kind: "standard"; readonly id: string }
  | { readonly kind: "file"; readonly fileName: string }
  | { readonly kind: "workbook" }
  /** Read from a Thiết kế tiêu chí sheet of the open workbook (its name there). */
  | { readonly kind: "design"; readonly sheet: string };

export interface ChosenTemplate {
  readonly template: Template;
  readonly origin: TemplateOrigin;
}

export interface PaneState {
  readonly chosen: ChosenTemplate | null;
  readonly cluster: string;
  readonly period: string;
  /** The unit list as the user typed or pasted it (split by splitUnitList). */
  readonly unitsText: string;
}

export type PaneAction =
  | { readonly type: "chooseTemplate"; readonly chosen: ChosenTemplate | null }
  | { readonly type: "setCluster"; readonly cluster: string }
  | { readonly type: "setPeriod"; readonly period: string }
  | { readonly type: "setUnitsText"; readonly unitsText: string }
  | {
      readonly type: "loadFromWorkbook";
      readonly chosen: ChosenTemplate;
      readonly cluster: string;
      readonly period: string;
      readonly units: readonly string[];
    };

export const initialPaneState: PaneState = { chosen: null, cluster: "", period: "", unitsText: "" };

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "chooseTemplate":
      return { ...state, chosen: action.chosen };
    case "setCluster":
      return { ...state, cluster: action.cluster };
    case "setPeriod":
      return { ...state, period: action.period };
    case "setUnitsText":
      return { ...state, unitsText: action.unitsText };
    case "loadFromWorkbook":
      return { chosen: action.chosen, cluster: action.cluster, period: action.period, unitsText: action.units.join("\n") };
  }
}
