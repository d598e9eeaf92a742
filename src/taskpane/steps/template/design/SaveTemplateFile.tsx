import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { useState } from "react";
import type { Template } from "../../../../domain/template/model";
import { t, type Locale } from "../../../i18n/strings";
import { asciiSlug, downloadBytes, MIME } from "../../export/download";

type Saved = { readonly ok: true; readonly file: string } | { readonly ok: false } | null;

/** The template file the design sheet gives: the same JSON `thidua template from-sheet` writes. */
export function templateFileText(template: Template): string {
  return `${JSON.stringify(template.input, null, 2)}\n`;
}

export function templateFileName(template: Template): string {
  return `${asciiSlug(template.id) || "mau-thi-dua"}.json`;
}

/**
 * "Lưu bảng tiêu chí thành tệp mẫu": downloads the criteria taken from the design sheet as a template file that
 * another cluster opens in the template step (issue 13, share it). Some hosts forbid downloads: that is said.
 */
export function SaveTemplateFile({ template, sheet, locale }: { readonly template: Template; readonly sheet: string; readonly locale: Locale }) {
  const [saved, setSaved] = useState<Saved>(null);
  const save = () => {
    const file = templateFileName(template);
    try {
      downloadBytes(templateFileText(template), file, MIME.json);
      setSaved({ ok: true, file });
    } catch {
      // The host refused the download (Excel on Mac, locked-down machines): the message says what to do instead.
      setSaved({ ok: false });
    }
  };
  return (
    <div>
      <Button onClick={save}>{t(locale, "design.saveFile")}</Button>
      <Text as="p" size={200}>{t(locale, "design.saveFile.hint", { sheet })}</Text>
      {saved && (
        <MessageBar intent={saved.ok ? "success" : "warning"} layout="multiline">
          <MessageBarBody>{saved.ok ? t(locale, "design.saveFile.saved", { file: saved.file }) : t(locale, "design.saveFile.failed", { sheet })}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
