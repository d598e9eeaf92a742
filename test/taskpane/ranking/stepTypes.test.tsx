/** Both review steps mount as shell steps (StepDefinition.Component takes StepComponentProps). */
import type { ComponentType } from "react";
import type { StepComponentProps } from "../../../src/taskpane/shell/stepComponent";
import { CheckStep } from "../../../src/taskpane/steps/check/CheckStep";
import { RankingStep } from "../../../src/taskpane/steps/ranking/RankingStep";

it("CheckStep and RankingStep accept the shell's step props", () => {
  const components: ComponentType<StepComponentProps>[] = [CheckStep, RankingStep];
  expect(components.map((c) => c.name)).toEqual(["CheckStep", "RankingStep"]);
});
