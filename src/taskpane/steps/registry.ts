/**
 * The pane's steps, in navigation order. Adding a step is one line here (and its label in
 * src/messages/taskpaneTexts.ts): { id, labelId, Component } where Component takes StepComponentProps.
 * A heavy step can be loaded on demand to keep the first load small (the shell wraps steps in Suspense):
 *   { id: "export", labelId: "step.export.label", Component: lazyStep(() => import("./export/ExportStep").then((m) => ({ default: m.ExportStep }))) },
 */
import { lazyStep } from "../shell/lazyStep";
import type { StepDefinition } from "../shell/stepComponent";
import { InsertStep } from "./insert/InsertStep";
import { TemplateStep } from "./template/TemplateStep";

export const steps: readonly StepDefinition[] = [
  { id: "template", labelId: "step.template.label", Component: TemplateStep },
  { id: "insert", labelId: "step.insert.label", Component: InsertStep },
  { id: "selfScoring", labelId: "step.selfScoring.label", Component: lazyStep(() => import(/* webpackChunkName: "self-scoring" */ "./selfScoring/SelfScoringStep").then((m) => ({ default: m.SelfScoringStep }))) },
  { id: "check", labelId: "step.check.label", Component: lazyStep(() => import(/* webpackChunkName: "step-check" */ "./check/CheckStep").then((m) => ({ default: m.CheckStep }))) },
  { id: "ranking", labelId: "step.ranking.label", Component: lazyStep(() => import(/* webpackChunkName: "step-ranking" */ "./ranking/RankingStep").then((m) => ({ default: m.RankingStep }))) },
  // Loaded when opened: the export generators (docx, exceljs) are loaded later still, on demand.
  { id: "export", labelId: "step.export.label", Component: lazyStep(() => import("./export/ExportStep").then((m) => ({ default: m.ExportStep }))) },
  // The higher body's roll-up of several clusters' files (no workbook needed); its readers and writers load later still.
  { id: "rollup", labelId: "step.rollup.label", Component: lazyStep(() => import(/* webpackChunkName: "step-rollup" */ "./rollup/RollupStep").then((m) => ({ default: m.RollupStep }))) },
];
