import { Body1, Image, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { type Locale, t } from "../i18n/strings";

const useStyles = makeStyles({
  welcome: { display: "flex", flexDirection: "column", alignItems: "center", gap: tokens.spacingVerticalM, textAlign: "center" },
});

/** Placeholder content of the pane inside Excel, until the real features land. */
export function WelcomePlaceholder({ locale }: { locale: Locale }) {
  const styles = useStyles();
  return (
    <section className={styles.welcome}>
      <Image src="assets/logo-filled.png" alt="ThiDua" width={80} height={80} />
      <Title3 as="h1">{t(locale, "welcome.title")}</Title3>
      <Body1>{t(locale, "welcome.body")}</Body1>
    </section>
  );
}
