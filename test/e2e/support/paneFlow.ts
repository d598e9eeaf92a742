/**
 * Drives the pane and the simulated grid of preview.html the way a user does, either with the pointer or
 * with the keyboard only (Tab, Shift+Tab, arrows, Enter, Space, typing). Every visible text it looks for
 * comes from the message catalogue in the page's language, so the same flow runs in vi-VN and en-US.
 */
import type { Locator, Page } from "playwright-core";
import { type Locale, type StringId, t } from "../../../src/taskpane/i18n/strings";
import { parseCell } from "../../../src/excel/cells";
import { addr } from "../../../src/workbook/plan";
import { cellPlace, cellPlaceCapitalised } from "../../../src/taskpane/i18n/cellPlace";
import { checkRadioWithKeyboard, focusedDescription, hasFocus, openTabWithKeyboard, pressUntil, pressWithKeyboard, tabTo, typeIntoField } from "./keyboardOnly";

export type InputMode = "pointer" | "keyboard";

interface Hook {
  valueAt(sheet: string, cell: string): unknown;
  sheets(): { name: string }[];
  selection(): { sheet: string; address: string } | null;
}

/** A regular expression for a catalogue text whose numeric placeholders may be any number. */
export function catalogueRegExp(locale: Locale, id: StringId, numericParams: readonly string[], params: Record<string, string | number> = {}): RegExp {
  const marker = "\u0000";
  const filled = { ...params, ...Object.fromEntries(numericParams.map((p) => [p, marker])) };
  const text = t(locale, id, filled);
  const esc = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`^${text.split(marker).map(esc).join("[0-9][0-9.,]*")}$`);
}

export class PaneFlow {
  readonly pane: Locator;
  readonly grid: Locator;

  constructor(
    readonly page: Page,
    readonly locale: Locale,
    readonly mode: InputMode,
  ) {
    this.pane = page.getByTestId("preview-pane");
    this.grid = page.getByTestId("preview-grid");
  }

  text(id: StringId, params?: Record<string, string | number>): string {
    return t(this.locale, id, params);
  }

  button(id: StringId, params?: Record<string, string | number>): Locator {
    return this.pane.getByRole("button", { name: this.text(id, params), exact: true });
  }

  /** Presses a button (or toggles a checkbox/switch): a click, or Tab to it and Enter/Space. */
  async press(target: Locator, options: { toggle?: boolean; backward?: boolean } = {}): Promise<void> {
    await target.waitFor({ state: "visible", timeout: 15_000 });
    if (this.mode === "pointer") await target.click();
    else await pressWithKeyboard(this.page, target, options.toggle ? "Space" : "Enter", { backward: options.backward });
  }

  async openStep(labelId: StringId): Promise<void> {
    const list = this.pane.getByRole("tablist");
    const name = this.text(labelId);
    if (this.mode === "pointer") await list.getByRole("tab", { name, exact: true }).click();
    else await openTabWithKeyboard(this.page, list, name);
  }

  /** Kiểm tra's finding at a cell: a button naming the cell as the pane writes it ("ô E4 trang Chấm điểm"). */
  finding(sheet: string, cell: string): Locator {
    return this.pane.getByRole("button").filter({ hasText: cellPlace(this.locale, { sheet, cell }) });
  }

  /** Kiểm tra's fix for a cell: its checkbox, named "Ô E4 trang Chấm điểm: <now> → <new>". */
  fixBox(sheet: string, cell: string): Locator {
    const start = cellPlaceCapitalised(this.locale, { sheet, cell }).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return this.pane.getByRole("checkbox", { name: new RegExp(`^${start}:`) });
  }

  /** Waits until `target` has the keyboard focus (moved there by the pane, not by this driver); else says where focus is. */
  async expectFocus(target: Locator, what: string, timeoutMs = 8_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await hasFocus(target))) {
      if (Date.now() > deadline) throw new Error(`${what}: focus is on ${await focusedDescription(this.page)}, not on ${String(target)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async chooseRadio(groupLabel: string, radioName: string): Promise<void> {
    const group = this.pane.getByRole("radiogroup", { name: groupLabel });
    await group.waitFor({ state: "visible", timeout: 15_000 });
    if (this.mode === "pointer") await group.getByRole("radio", { name: radioName, exact: true }).check();
    else await checkRadioWithKeyboard(this.page, group, radioName);
  }

  async fill(labelId: StringId, text: string): Promise<void> {
    const field = this.pane.getByRole("textbox", { name: this.text(labelId) });
    if (this.mode === "pointer") await field.fill(text);
    else await typeIntoField(this.page, field, text);
  }

  // ---- the simulated grid -------------------------------------------------------------------------

  valueAt(sheet: string, cell: string): Promise<unknown> {
    return this.page.evaluate(([s, c]) => (window as unknown as { __thiduaPreview: Hook }).__thiduaPreview.valueAt(s, c), [sheet, cell] as const);
  }

  /** Waits until the workbook's selection is on `sheet` (and at `cell`, when given): e.g. after the pane selected a cell. */
  async waitForSelection(sheet: string, cell?: string): Promise<void> {
    const read = async () => {
      const s = await this.page.evaluate(() => (window as unknown as { __thiduaPreview: Hook }).__thiduaPreview.selection());
      return s && (cell === undefined ? s.sheet : `${s.sheet}!${s.address.replace(/\$/g, "")}`);
    };
    await pollUntil(read, cell === undefined ? sheet : `${sheet}!${cell}`, "the workbook's selection", 10_000);
  }

  /** Waits until the workbook has a sheet of this name (e.g. after insert). */
  async waitForSheet(sheet: string): Promise<void> {
    const has = () => this.page.evaluate((name) => (window as unknown as { __thiduaPreview: Hook }).__thiduaPreview.sheets().some((x) => x.name === name), sheet);
    await pollUntil(has, true, `sheet ${sheet} in the workbook`, 15_000);
  }

  /** Waits until a cell of the workbook holds `expected` (its computed value). */
  async waitForValue(sheet: string, cell: string, expected: unknown, what: string): Promise<void> {
    await pollUntil(() => this.valueAt(sheet, cell), expected, `${what}: ${sheet}!${cell}`, 15_000);
  }

  /** Shows a sheet of the simulated workbook: a click on its tab, or the sheet tabs' arrow keys. */
  async showSheet(sheet: string): Promise<void> {
    const tabs = this.grid.getByTestId("sheet-tabs");
    const tab = tabs.getByRole("tab", { name: sheet, exact: true });
    if ((await tab.getAttribute("aria-selected")) === "true") return;
    if (this.mode === "pointer") {
      await tab.click();
    } else {
      await tabTo(this.page, tabs);
      await pressUntil(this.page, "ArrowRight", async () => (await tab.getAttribute("aria-selected")) === "true", `sheet tab "${sheet}"`);
    }
    await tab.and(this.page.locator('[aria-selected="true"]')).waitFor({ timeout: 5_000 });
  }

  private async nameBox(): Promise<string> {
    return this.grid.getByTestId("name-box").inputValue();
  }

  /** Selects a cell of the shown sheet: a click, or arrow keys from the current cell (reading the name box). */
  async selectCell(address: string): Promise<void> {
    if (this.mode === "pointer") {
      await this.grid.locator(`td[data-cell="${address}"]`).click();
    } else {
      const input = this.grid.getByTestId("cell-input");
      if (!(await hasFocus(input))) await tabTo(this.page, input, { backward: true });
      const target = parseCell(address);
      for (let i = 0; i < 200; i++) {
        const here = parseCell(await this.nameBox());
        if (here.col === target.col && here.row === target.row) break;
        const key = here.row < target.row ? "ArrowDown" : here.row > target.row ? "ArrowUp" : here.col < target.col ? "ArrowRight" : "ArrowLeft";
        await this.page.keyboard.press(key);
      }
    }
    await pollUntil(() => this.nameBox(), address, `the name box after selecting ${address}`);
  }

  /** Types into a cell of `sheet` and confirms with Enter, like typing in Excel. */
  async typeInCell(sheet: string, address: string, text: string): Promise<void> {
    await this.showSheet(sheet);
    await this.selectCell(address);
    await this.page.keyboard.type(text);
    await this.page.keyboard.press("Enter");
  }

  /** The entry cell of a unit (Cụm chấm by default, or Tự chấm) on a criterion's row, as laid out on the entry sheet (read from the workbook). */
  async entryCells(sheet: string): Promise<(unit: string, criterion: string, column?: "self" | "cluster") => string> {
    const cells = await this.page.evaluate((s) => {
      const h = (window as unknown as { __thiduaPreview: Hook }).__thiduaPreview;
      const letter = (c: number): string => {
        let out = "";
        for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
        return out;
      };
      const units: [string, number][] = [];
      for (let c = 1; c <= 60; c++) {
        const v = h.valueAt(s, `${letter(c)}1`);
        if (typeof v === "string" && v !== "") units.push([v, c]);
      }
      const rows: [string, number][] = [];
      for (let r = 1; r <= 200; r++) {
        const v = h.valueAt(s, `A${r}`);
        if (typeof v === "string" && v !== "") rows.push([v, r]);
      }
      return { units, rows };
    }, sheet);
    const unitCol = new Map(cells.units);
    const criterionRow = new Map(cells.rows);
    return (unit, criterion, column = "cluster") => {
      const c = unitCol.get(unit);
      const r = criterionRow.get(criterion);
      if (c === undefined || r === undefined) throw new Error(`no entry cell for ${unit} / ${criterion} on ${sheet}`);
      return addr(column === "self" ? c : c + 1, r); // the unit's name heads its Tự chấm column; Cụm chấm is the next one
    };
  }
}

/** Reads until the value is `expected` (===) or the time is up; the error says what was read last. */
export async function pollUntil<T>(read: () => Promise<T>, expected: T, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (last !== expected && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  if (last !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(last)}`);
}
