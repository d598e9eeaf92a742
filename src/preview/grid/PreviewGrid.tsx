/**
 * The simulated workbook beside the pane: sheet tabs (visible sheets only), a name box and formula bar,
 * and a grid of computed values with the workbook's fills, bold text and conditional-format highlights.
 * Typing behaves like en-US Excel (see typedInput.ts); locked cells on a protected sheet refuse with a message.
 * Re-renders after every sync of the in-memory Excel and every typed edit (PreviewHost.subscribe).
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useLayoutEffect, useReducer, useRef, useState, type KeyboardEvent } from "react";
import type { FakeSheetState } from "../../excel/fake";
import { message, render } from "../../messages/message";
import type { MessageId } from "../../messages/catalogue";
import { addr, columnLetter } from "../../workbook/plan";
import { type CellPos, type PreviewHost } from "../host";
import { formatValue, rawInput } from "./format";
import { inputMessageAt } from "./inputMessage";
import { catalogueLocale } from "../../taskpane/i18n/strings";
import { VISUALLY_HIDDEN } from "../../taskpane/components/visuallyHidden";

export type GridLocale = "vi" | "en";

const ROW_HEIGHT = 24;
const HEADER_WIDTH = 44;
const DEFAULT_COL_PX = 72;
const OVERSCAN = 8;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0, height: "100%", backgroundColor: tokens.colorNeutralBackground1 },
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", padding: tokens.spacingVerticalXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  nameBox: { width: "72px", fontFamily: "Consolas, monospace", fontSize: tokens.fontSizeBase200, padding: "2px 4px", border: `1px solid ${tokens.colorNeutralStroke1}` },
  formula: { flexGrow: 1, fontFamily: "Consolas, monospace", fontSize: tokens.fontSizeBase200, padding: "2px 4px", border: `1px solid ${tokens.colorNeutralStroke1}` },
  scroller: { flexGrow: 1, overflow: "auto", position: "relative", outlineStyle: "none", minHeight: 0 },
  table: { borderCollapse: "separate", borderSpacing: 0, tableLayout: "fixed", fontFamily: "Calibri, 'Segoe UI', sans-serif", fontSize: "13px" },
  colHead: { position: "sticky", top: 0, zIndex: 2, backgroundColor: tokens.colorNeutralBackground3, borderRight: `1px solid ${tokens.colorNeutralStroke2}`, borderBottom: `1px solid ${tokens.colorNeutralStroke1}`, fontWeight: "normal", height: `${ROW_HEIGHT}px`, color: tokens.colorNeutralForeground2 },
  corner: { position: "sticky", top: 0, left: 0, zIndex: 3, backgroundColor: tokens.colorNeutralBackground3, borderRight: `1px solid ${tokens.colorNeutralStroke1}`, borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  rowHead: { position: "sticky", left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground3, borderRight: `1px solid ${tokens.colorNeutralStroke1}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, textAlign: "center", color: tokens.colorNeutralForeground2, fontWeight: "normal" },
  cell: { position: "relative", height: `${ROW_HEIGHT - 1}px`, padding: "0 3px", borderRight: `1px solid ${tokens.colorNeutralStroke3}`, borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, whiteSpace: "nowrap", overflow: "hidden", textOverflow: "clip", cursor: "cell" },
  prompt: { minHeight: "1.5em", padding: "2px 6px", fontSize: tokens.fontSizeBase200, backgroundColor: tokens.colorNeutralBackground2, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  selected: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
  editor: { width: "100%", boxSizing: "border-box", border: "none", padding: 0, font: "inherit", outlineStyle: "none", backgroundColor: "white" },
  tabs: { display: "flex", borderTop: `1px solid ${tokens.colorNeutralStroke2}`, overflowX: "auto", flexShrink: 0, backgroundColor: tokens.colorNeutralBackground3 },
  tab: {
    border: "none",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: "transparent",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    whiteSpace: "nowrap",
  },
  tabActive: { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold, borderBottom: `2px solid ${tokens.colorBrandStroke1}` },
  error: { color: tokens.colorPaletteRedForeground1 },
  empty: { padding: tokens.spacingHorizontalL },
});

interface Editing {
  readonly text: string;
  /** Typing replaced the content (arrow keys would commit in Excel's Enter mode); F2/double-click edit it. */
  readonly replace: boolean;
  /** Being edited in the formula bar (not in the cell). */
  readonly inBar?: boolean;
}

function tr(locale: GridLocale, id: MessageId, params: Record<string, string | number> = {}): string {
  return render(message(id, params), catalogueLocale(locale));
}

function colPx(sheet: FakeSheetState, col: number): number {
  const pts = sheet.columnWidths.get(col);
  return pts ? Math.max(24, Math.round((pts * 4) / 3)) : DEFAULT_COL_PX;
}

function usedExtent(sheet: FakeSheetState): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const [k, c] of sheet.cells) {
    if (c.value === "" && !c.formula && !c.fill && !c.bold) continue;
    const [r, col] = k.split(",").map(Number) as [number, number];
    if (r > rows) rows = r;
    if (col > cols) cols = col;
  }
  return { rows, cols };
}

export interface PreviewGridProps {
  readonly host: PreviewHost;
  readonly locale: GridLocale;
}

export function PreviewGrid({ host, locale }: PreviewGridProps) {
  const styles = useStyles();
  const [, rerender] = useReducer((x: number) => x + 1, 0);
  const [sheetName, setSheetName] = useState<string | null>(null);
  const [sel, setSel] = useState<CellPos>({ row: 1, col: 1 });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [refusal, setRefusal] = useState<{ sheet: string; cell: string } | null>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 600 });
  const scroller = useRef<HTMLDivElement>(null);
  const cellInput = useRef<HTMLInputElement>(null);
  /** True while the user works in the grid: the selected cell's input then takes the focus (never taken from the pane). */
  const wantsFocus = useRef(false);
  /** True from a selection change until the next render: the cell input is being re-created in another cell. */
  const moving = useRef(false);
  const lastSelection = useRef<string>("");

  // Follow the workbook: re-render after every sync/edit, and show the selection the pane made (selectCell).
  useEffect(() => {
    const follow = () => {
      const s = host.selection();
      const key = s ? `${s.sheet}|${s.pos?.row ?? ""},${s.pos?.col ?? ""}` : "";
      if (s && key !== lastSelection.current) {
        lastSelection.current = key;
        setSheetName(s.sheet);
        if (s.pos) setSel(s.pos);
        setEditing(null);
      }
      rerender();
    };
    follow();
    return host.subscribe(follow);
  }, [host]);

  const visible = host.visibleSheets();
  const sheet = visible.find((s) => s.name.toLowerCase() === (sheetName ?? "").toLowerCase()) ?? visible[0];

  const address = addr(sel.col, sel.row);
  const selectedCell = sheet?.cell(sel.row, sel.col);
  const prompt = sheet ? inputMessageAt(sheet, sel.row, sel.col) : null;

  const selectCell = useCallback(
    (pos: CellPos) => {
      const p = { row: Math.max(1, pos.row), col: Math.max(1, pos.col) };
      moving.current = true;
      setSel(p);
      if (sheet) {
        host.select(sheet.name, p.row, p.col);
        lastSelection.current = `${sheet.name}|${p.row},${p.col}`;
      }
    },
    [host, sheet],
  );

  const commit = useCallback(
    (text: string, move: CellPos) => {
      if (!sheet) return;
      const r = host.typeInto(sheet.name, sel.row, sel.col, text);
      setEditing(null);
      if (!r.ok && r.reason === "protected") {
        setRefusal({ sheet: sheet.name, cell: address });
      } else {
        setRefusal(null);
        selectCell({ row: sel.row + move.row, col: sel.col + move.col });
      }
      wantsFocus.current = true;
      cellInput.current?.focus();
    },
    [host, sheet, sel, address, selectCell],
  );

  // Keep the selected cell in view.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || !sheet) return;
    const top = sel.row * ROW_HEIGHT;
    if (top < el.scrollTop + ROW_HEIGHT) el.scrollTop = Math.max(0, top - ROW_HEIGHT);
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    let left = HEADER_WIDTH;
    for (let c = 1; c < sel.col; c++) left += colPx(sheet, c);
    const w = colPx(sheet, sel.col);
    if (left < el.scrollLeft + HEADER_WIDTH) el.scrollLeft = Math.max(0, left - HEADER_WIDTH);
    else if (left + w > el.scrollLeft + el.clientWidth) el.scrollLeft = left + w - el.clientWidth;
  }, [sel, sheet]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) setScroll({ top: el.scrollTop, height: el.clientHeight || 600 });
  }, [sheet]);

  // The selected cell holds an input that catches typing (IME and pasted text included), like Excel's grid.
  useLayoutEffect(() => {
    if (wantsFocus.current && !editing?.inBar && document.activeElement !== cellInput.current) cellInput.current?.focus();
    moving.current = false;
  });

  if (!sheet) return <div className={styles.empty}>{tr(locale, "preview.grid.noSheets")}</div>;

  const used = usedExtent(sheet);
  const rowCount = Math.max(used.rows + 20, 40, sel.row + 5);
  const colCount = Math.max(used.cols + 3, 12, sel.col + 2);
  const first = Math.max(1, Math.floor(scroll.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((scroll.top + scroll.height) / ROW_HEIGHT) + OVERSCAN);
  const cols = Array.from({ length: colCount }, (_, i) => i + 1);
  const totalWidth = HEADER_WIDTH + cols.reduce((s, c) => s + colPx(sheet, c), 0);

  const showSheet = (name: string) => {
    moving.current = true;
    setSheetName(name);
    setEditing(null);
    setSel({ row: 1, col: 1 });
    host.select(name, 1, 1);
  };

  const startEdit = (text: string, replace: boolean) => {
    setRefusal(null);
    setEditing({ text, replace });
  };

  /** Keys on the selected cell: navigation when not editing, Enter/Tab/Esc when editing (printable keys type). */
  const onCellKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (editing) {
      if (e.key === "Enter") {
        e.preventDefault();
        commit(editing.text, { row: e.shiftKey ? -1 : 1, col: 0 });
      } else if (e.key === "Tab") {
        e.preventDefault();
        commit(editing.text, { row: 0, col: e.shiftKey ? -1 : 1 });
      } else if (e.key === "Escape") {
        e.preventDefault();
        setEditing(null);
        wantsFocus.current = true;
        cellInput.current?.focus();
      } else if (editing.replace && (e.key === "ArrowDown" || e.key === "ArrowUp" || e.key === "ArrowLeft" || e.key === "ArrowRight")) {
        // Excel's Enter mode: an arrow key confirms the entry and moves.
        e.preventDefault();
        const d = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] }[e.key] as [number, number];
        commit(editing.text, { row: d[0], col: d[1] });
      }
      return;
    }
    const move = (dr: number, dc: number) => {
      e.preventDefault();
      selectCell({ row: sel.row + dr, col: sel.col + dc });
    };
    switch (e.key) {
      case "ArrowUp":
        return move(-1, 0);
      case "ArrowDown":
        return move(1, 0);
      case "ArrowLeft":
        return move(0, -1);
      case "ArrowRight":
        return move(0, 1);
      case "Enter":
        return move(e.shiftKey ? -1 : 1, 0);
      // Tab without an entry in progress leaves the grid (no keyboard trap in a web page: ARIA grid
      // pattern); while typing, Tab confirms and moves right, as in Excel.
      case "F2":
        e.preventDefault();
        return startEdit(rawInput(selectedCell), false);
      case "Delete":
        e.preventDefault();
        return commit("", { row: 0, col: 0 });
      case "Backspace":
        e.preventDefault();
        return startEdit("", true);
      default:
      // Printable keys reach the input: onChange starts the edit (replacing the content, like Excel).
    }
  };

  /** The formula bar: Enter/Tab confirm into the selected cell, Esc cancels. */
  const onBarKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (!editing) return;
    if (e.key === "Enter" || e.key === "Tab") {
      e.preventDefault();
      commit(editing.text, e.key === "Enter" ? { row: e.shiftKey ? -1 : 1, col: 0 } : { row: 0, col: e.shiftKey ? -1 : 1 });
    } else if (e.key === "Escape") {
      e.preventDefault();
      setEditing(null);
      wantsFocus.current = true;
      cellInput.current?.focus();
    }
  };

  const rows: number[] = [];
  for (let r = first; r <= last; r++) rows.push(r);

  return (
    <section className={styles.root} aria-label={tr(locale, "preview.grid.label")} data-testid="preview-grid">
      <div className={styles.bar}>
        <input className={styles.nameBox} aria-label={tr(locale, "preview.grid.nameBox")} value={address} readOnly data-testid="name-box" />
        <input
          className={styles.formula}
          aria-label={tr(locale, "preview.grid.formulaBar")}
          data-testid="formula-bar"
          value={editing ? editing.text : rawInput(selectedCell)}
          onFocus={() => !editing && setEditing({ text: rawInput(selectedCell), replace: false, inBar: true })}
          onChange={(e) => setEditing({ text: e.target.value, replace: false, inBar: true })}
          onKeyDown={onBarKey}
        />
      </div>
      {/* Always there (one line high), so that selecting a cell never moves the grid. */}
      <div className={styles.prompt} role="note" aria-label={tr(locale, "preview.grid.inputMessage")} data-testid="input-message">
        {prompt && (
          <>
            <strong>{prompt.title}</strong> {prompt.message}
          </>
        )}
      </div>
      {refusal && (
        <MessageBar intent="error" layout="multiline" data-testid="grid-refusal">
          <MessageBarBody>{tr(locale, "preview.grid.protected", refusal)}</MessageBarBody>
          <MessageBarActions>
            <Button appearance="transparent" onClick={() => setRefusal(null)}>
              {tr(locale, "preview.grid.dismiss")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {editing && (
        <div role="status" style={VISUALLY_HIDDEN}>
          {tr(locale, "preview.grid.editing", { cell: address })}
        </div>
      )}
      <div
        ref={scroller}
        className={styles.scroller}
        data-testid="grid-scroller"
        onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight || 600 })}
      >
        <table
          className={styles.table}
          style={{ width: totalWidth }}
          data-sheet={sheet.name}
          role="grid"
          aria-label={`${tr(locale, "preview.grid.label")}: ${sheet.name}`}
          aria-rowcount={rowCount + 1}
          aria-colcount={colCount + 1}
        >
          <colgroup>
            <col style={{ width: HEADER_WIDTH }} />
            {cols.map((c) => (
              <col key={c} style={{ width: colPx(sheet, c) }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={styles.corner} aria-hidden="true" />
              {cols.map((c) => (
                <th key={c} className={styles.colHead} scope="col" style={c === sel.col ? { color: tokens.colorBrandForeground1, fontWeight: 600 } : undefined}>
                  {columnLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {first > 1 && <tr style={{ height: (first - 1) * ROW_HEIGHT }} aria-hidden="true" />}
            {rows.map((r) => (
              <tr key={r} aria-rowindex={r + 1} style={{ height: ROW_HEIGHT }}>
                <th className={styles.rowHead} scope="row" style={r === sel.row ? { color: tokens.colorBrandForeground1, fontWeight: 600 } : undefined}>
                  {r}
                </th>
                {cols.map((c) => {
                  const cell = sheet.cell(r, c);
                  const isSel = r === sel.row && c === sel.col;
                  const a = addr(c, r);
                  const err = cell?.formula ? host.engine.errorAt(sheet.name, r, c) : null;
                  const value = cell ? cell.value : "";
                  const text = value === "" ? "" : formatValue(value, cell?.numberFormat);
                  const fill = host.highlightAt(sheet, r, c) ?? cell?.fill;
                  const align = typeof value === "number" ? "right" : typeof value === "boolean" || err ? "center" : "left";
                  return (
                    <td
                      key={c}
                      role="gridcell"
                      aria-selected={isSel}
                      data-cell={a}
                      title={err ? tr(locale, "preview.grid.error", { cell: a, error: err }) : undefined}
                      className={`${styles.cell}${isSel ? ` ${styles.selected}` : ""}${err ? ` ${styles.error}` : ""}`}
                      style={{
                        textAlign: align,
                        ...(fill ? { backgroundColor: fill } : {}),
                        ...(cell?.bold ? { fontWeight: 700 } : {}),
                        ...(cell?.indent ? { paddingLeft: 3 + cell.indent * 9 } : {}),
                      }}
                      onMouseDown={(e) => {
                        wantsFocus.current = true;
                        e.preventDefault();
                        if (isSel) {
                          cellInput.current?.focus();
                          return;
                        }
                        if (editing) commit(editing.text, { row: r - sel.row, col: c - sel.col });
                        else selectCell({ row: r, col: c });
                      }}
                      onDoubleClick={() => startEdit(rawInput(cell), false)}
                    >
                      {isSel ? (
                        <>
                          <input
                            ref={cellInput}
                            className={styles.editor}
                            style={editing && !editing.inBar ? undefined : { position: "absolute", opacity: 0, width: 1, pointerEvents: "none" }}
                            aria-label={`${sheet.name}!${a}${text ? `: ${text}` : ""}`}
                            data-testid={editing && !editing.inBar ? "cell-editor" : "cell-input"}
                            value={editing && !editing.inBar ? editing.text : ""}
                            onChange={(e) => setEditing({ text: e.target.value, replace: editing ? editing.replace : true })}
                            onKeyDown={onCellKey}
                            onFocus={() => (wantsFocus.current = true)}
                            onBlur={(e) => {
                              // Focus left for another control or for nothing (a click on plain text): stop pulling
                              // it back — unless the input is only being re-created for a new selection.
                              if (e.relatedTarget !== null || !moving.current) wantsFocus.current = false;
                            }}
                          />
                          {editing && !editing.inBar ? null : text}
                        </>
                      ) : (
                        text
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
            {last < rowCount && <tr style={{ height: (rowCount - last) * ROW_HEIGHT }} aria-hidden="true" />}
          </tbody>
        </table>
      </div>
      <div className={styles.tabs} role="tablist" aria-label={tr(locale, "preview.grid.sheets")} data-testid="sheet-tabs">
        {visible.map((s, i) => {
          const active = s === sheet;
          return (
            <button
              key={s.name}
              type="button"
              role="tab"
              aria-selected={active}
              tabIndex={active ? 0 : -1}
              className={`${styles.tab}${active ? ` ${styles.tabActive}` : ""}`}
              onClick={() => showSheet(s.name)}
              onKeyDown={(e) => {
                const next = e.key === "ArrowRight" ? i + 1 : e.key === "ArrowLeft" ? i - 1 : e.key === "Home" ? 0 : e.key === "End" ? visible.length - 1 : null;
                if (next === null) return;
                e.preventDefault();
                const target = visible[(next + visible.length) % visible.length]!;
                showSheet(target.name);
                (e.currentTarget.parentElement?.children[(next + visible.length) % visible.length] as HTMLElement | undefined)?.focus();
              }}
            >
              {s.name}
            </button>
          );
        })}
      </div>
    </section>
  );
}
