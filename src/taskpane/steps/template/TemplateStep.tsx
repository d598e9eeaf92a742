import { Button, Radio, RadioGroup, Subtitle1, Subtitle2, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { t } from "../../i18n/strings";
import type { ChosenTemplate } from "../../shell/paneState";
import { readinessOf } from "../../shell/readiness";
import { useReportDone } from "../useReportDone";
import type { StepComponentProps } from "../../shell/stepComponent";
import { ChosenTemplateSummary } from "./ChosenTemplateSummary";
import { ClusterForm } from "./ClusterForm";
import { DesignPanel } from "./design/DesignPanel";
import { StandardTemplatePicker } from "./StandardTemplatePicker";
import { TemplateFileLoader } from "./TemplateFileLoader";
import { WorkbookTemplateLoader } from "./WorkbookTemplateLoader";

type Source = ChosenTemplate["origin"]["kind"];

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/** Step "Mẫu chấm điểm": choose the template (standard, file, workbook, or designed in Excel) and describe the cluster. */
export function TemplateStep(props: StepComponentProps) {
  const { locale, state, dispatch, goTo, setDone } = props;
  const styles = useStyles();
  const ids = { title: useId("thidua-template-title"), cluster: useId("thidua-cluster-title") };
  const readiness = useMemo(() => readinessOf(state), [state]);
  useReportDone(setDone, readiness.request !== null);
  const [source, setSource] = useState<Source>(state.chosen?.origin.kind ?? "standard");
  const choose = (chosen: ChosenTemplate) => dispatch({ type: "chooseTemplate", chosen });
  const origin = state.chosen?.origin;

  return (
    <>
      <section className={styles.section} aria-labelledby={ids.title}>
        <Subtitle1 as="h2" id={ids.title}>
          {t(locale, "template.title")}
        </Subtitle1>
        <RadioGroup aria-label={t(locale, "template.sourceLabel")} value={source} onChange={(_, d) => setSource(d.value as Source)}>
          <Radio value="standard" label={t(locale, "template.source.standard")} />
          <Radio value="file" label={t(locale, "template.source.file")} />
          <Radio value="workbook" label={t(locale, "template.source.workbook")} />
          <Radio value="design" label={t(locale, "template.source.design")} />
        </RadioGroup>
        {source === "standard" && (
          <StandardTemplatePicker locale={locale} selectedId={origin?.kind === "standard" ? origin.id : null} onChoose={choose} />
        )}
        {source === "file" && <TemplateFileLoader locale={locale} onChoose={choose} />}
        {source === "workbook" && <WorkbookTemplateLoader {...props} />}
        {source === "design" && <DesignPanel {...props} />}
        <ChosenTemplateSummary locale={locale} chosen={state.chosen} issues={readiness.issues} />
      </section>
      <section className={styles.section} aria-labelledby={ids.cluster}>
        <Subtitle2 as="h3" id={ids.cluster}>
          {t(locale, "cluster.title")}
        </Subtitle2>
        <ClusterForm locale={locale} state={state} dispatch={dispatch} units={readiness.units} />
      </section>
      <div>
        <Button appearance="primary" onClick={() => goTo("insert")} data-step-primary="">
          {t(locale, "cluster.next")}
        </Button>
      </div>
    </>
  );
}
