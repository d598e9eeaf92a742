import { Spinner } from "@fluentui/react-components";
import { t } from "../i18n/strings";

/** Shown while office.js starts (at most a few seconds). Bilingual: the Office language is not known yet. */
export function LoadingScreen() {
  return <Spinner label={`${t("vi", "app.loading")} / ${t("en", "app.loading")}`} />;
}
