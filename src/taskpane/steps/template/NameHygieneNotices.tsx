import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { convertLegacyList } from "../../../domain/text/hygiene";
import { message, type Params } from "../../../messages/message";
import type { hygieneTexts } from "../../../messages/hygieneTexts";
import { type Locale, tm } from "../../i18n/strings";
import type { NameAtLine, UnitListAnalysis } from "./unitList";

type HygieneId = keyof typeof hygieneTexts;
const useStyles = makeStyles({ list: { margin: 0, paddingLeft: tokens.spacingHorizontalL } });

export interface NameHygieneNoticesProps {
  readonly locale: Locale;
  readonly unitsText: string;
  readonly units: UnitListAnalysis;
  /** Replaces the list's text (the conversion, after the user asked for it). */
  readonly onConvert: (text: string) => void;
}

function NameList({ locale, titleId, itemId, names }: { locale: Locale; titleId: HygieneId; itemId: HygieneId; names: readonly NameAtLine[] }) {
  const styles = useStyles();
  const h = (id: HygieneId, params: Params = {}) => tm(locale, message(`hygiene.${id}`, params));
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{h(titleId)}</MessageBarTitle>
        <ul className={styles.list}>
          {names.map((n) => (
            <li key={`${n.line}-${n.name}`}>{h(itemId, { line: n.line, name: n.name })}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Legacy-font names with their conversion (old → new) and a button to convert; invisible and look-alike letters. */
export function NameHygieneNotices({ locale, unitsText, units, onConvert }: NameHygieneNoticesProps) {
  const styles = useStyles();
  const h = (id: HygieneId, params: Params = {}) => tm(locale, message(`hygiene.${id}`, params));
  return (
    <>
      {units.legacy.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{h("pane.legacyTitle", { count: units.legacy.length })}</MessageBarTitle>
            <ul className={styles.list}>
              {units.legacy.map((l) => (
                <li key={`${l.line}-${l.from}`}>
                  {h("pane.legacyItem", { line: l.line, from: l.from, to: l.to, encoding: message(`hygiene.encoding.${l.encoding}`) })}
                </li>
              ))}
            </ul>
            {h("pane.legacyHint")}
          </MessageBarBody>
          <MessageBarActions>
            <Button appearance="primary" onClick={() => onConvert(convertLegacyList(unitsText))}>
              {h("pane.convert")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {units.invisible.length > 0 && <NameList locale={locale} titleId="pane.invisibleTitle" itemId="pane.invisibleItem" names={units.invisible} />}
      {units.mixedAlphabets.length > 0 && <NameList locale={locale} titleId="pane.mixedTitle" itemId="pane.mixedItem" names={units.mixedAlphabets} />}
    </>
  );
}
