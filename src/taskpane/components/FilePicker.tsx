import { Button, makeStyles, tokens, useId } from "@fluentui/react-components";
import { useRef, useState } from "react";
import { type Locale, t } from "../i18n/strings";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  chosen: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere", minWidth: 0 },
  hint: { flexBasis: "100%", color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface FilePickerProps {
  readonly locale: Locale;
  /** The button's text, also the (hidden) file input's name. */
  readonly label: string;
  readonly hint?: string;
  readonly accept: string;
  readonly multiple?: boolean;
  readonly disabled?: boolean;
  /** The files chosen (never empty); the same file can be chosen again afterwards. */
  readonly onFiles: (files: readonly File[]) => void;
}

/**
 * A Fluent button that opens the browser's file dialog, and the names of the files chosen, in the pane's
 * language (the browser's own file input shows "Choose Files" / "No file chosen" in the browser's language).
 */
export function FilePicker({ locale, label, hint, accept, multiple = false, disabled = false, onFiles }: FilePickerProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId("thidua-file-hint");
  const [names, setNames] = useState<readonly string[]>([]);
  const chosen = (list: FileList | null) => {
    const files = list ? Array.from(list) : [];
    if (input.current) input.current.value = ""; // choosing the same file again (after fixing it) fires again
    if (files.length === 0) return;
    setNames(files.map((f) => f.name));
    onFiles(files);
  };
  return (
    <div className={styles.row}>
      <Button disabled={disabled} onClick={() => input.current?.click()} aria-describedby={hint ? hintId : undefined}>
        {label}
      </Button>
      <span className={styles.chosen} aria-live="polite">
        {names.length === 0 ? t(locale, "file.none") : t(locale, "file.chosen", { names: names.join(", ") })}
      </span>
      {hint && <span id={hintId} className={styles.hint}>{hint}</span>}
      <input ref={input} type="file" hidden aria-label={label} accept={accept} multiple={multiple} disabled={disabled} onChange={(e) => chosen(e.currentTarget.files)} />
    </div>
  );
}
