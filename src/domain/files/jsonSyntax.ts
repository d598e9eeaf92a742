/**
 * Finds the first syntax error of a JSON text with its line and column, and says what is wrong in the
 * user's language (a missing comma, a trailing comma, a decimal comma, curly quotes, a comment…), instead
 * of the engine's "Unexpected token … at position 369". Also refuses brackets nested deeper than a limit,
 * before any recursive parser sees them. Iterative (no recursion), pure, browser-safe.
 */
import { message, type Message, type Params } from "../../messages/message";
import type { MessageId } from "../../messages/catalogue";
import { MAX_JSON_DEPTH } from "./limits";

export interface JsonSyntaxError {
  readonly line: number;
  readonly column: number;
  /** "Line 12, column 5: a comma is missing…" */
  readonly message: Message;
}

type JsonProblem = Extract<MessageId, `files.read.json.${string}`>;
class Stop {
  constructor(
    readonly at: number,
    readonly id: JsonProblem,
    readonly params: Params = {},
  ) {}
}

const CLOSE: Readonly<Record<string, string>> = { "{": "}", "[": "]" };
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[^\s,:{}[\]"]+/y;
const ESCAPES = new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);

class Scanner {
  private i = 0;
  private readonly open: number[] = [];
  constructor(
    private readonly s: string,
    private readonly maxDepth: number,
  ) {}

  run(): void {
    this.value();
    for (;;) {
      this.space();
      if (this.open.length === 0) {
        if (this.i < this.s.length) throw new Stop(this.i, "files.read.json.extraContent");
        return;
      }
      this.afterValue();
    }
  }

  private lineOf(at: number): number {
    let line = 1;
    for (let k = 0; k < at; k++) if (this.s.charCodeAt(k) === 10) line++;
    return line;
  }

  private openInfo(): Params {
    const at = this.open[this.open.length - 1]!;
    return { open: this.s[at]!, close: CLOSE[this.s[at]!]!, openLine: this.lineOf(at) };
  }

  private space(): void {
    for (; this.i < this.s.length; this.i++) {
      const c = this.s[this.i]!;
      if (c === "/" && (this.s[this.i + 1] === "/" || this.s[this.i + 1] === "*")) throw new Stop(this.i, "files.read.json.comment");
      if (c !== " " && c !== "\t" && c !== "\n" && c !== "\r" && c !== "\uFEFF") return;
    }
  }

  private end(): never {
    throw this.open.length > 0 ? new Stop(this.s.length, "files.read.json.unexpectedEnd", this.openInfo()) : new Stop(this.s.length, "files.read.json.missingValue");
  }

  /** A value starts here; containers are pushed and continued by afterValue. */
  private value(afterComma = false): void {
    this.space();
    const c = this.s[this.i];
    if (c === undefined) this.end();
    if (c === "{" || c === "[") return this.push(c);
    if (c === '"') return this.string();
    if (c === "'" || c === "\u201C" || c === "\u201D" || c === "\u2018" || c === "\u2019") throw new Stop(this.i, "files.read.json.quote");
    if (c === "}" || c === "]") throw afterComma ? new Stop(this.i, "files.read.json.trailingComma", { close: c }) : new Stop(this.i, "files.read.json.missingValue");
    if (c === "-" || (c >= "0" && c <= "9")) return this.number();
    WORD.lastIndex = this.i;
    const word = WORD.exec(this.s)?.[0] ?? c;
    if (word === "true" || word === "false" || word === "null") {
      this.i += word.length;
      return;
    }
    throw new Stop(this.i, "files.read.json.badValue", { found: word.slice(0, 30) });
  }

  private push(c: "{" | "["): void {
    if (this.open.length >= this.maxDepth) throw new Stop(this.i, "files.read.json.tooDeep", { limit: this.maxDepth });
    this.open.push(this.i++);
    this.space();
    if (this.s[this.i] === CLOSE[c]) {
      this.open.pop();
      this.i++;
    } else if (c === "{") this.key();
    else this.value();
  }

  private key(afterComma = false): void {
    this.space();
    const c = this.s[this.i];
    if (c === undefined) this.end();
    if (c === "}" && afterComma) throw new Stop(this.i, "files.read.json.trailingComma", { close: c });
    if (c >= "0" && c <= "9" && afterComma) throw new Stop(this.i, "files.read.json.decimalComma");
    if (c === "'" || c === "\u201C" || c === "\u201D") throw new Stop(this.i, "files.read.json.quote");
    if (c !== '"') throw new Stop(this.i, "files.read.json.expectedKey");
    this.string();
    this.space();
    if (this.s[this.i] !== ":") throw new Stop(this.i, "files.read.json.expectedColon");
    this.i++;
    this.value();
  }

  /** After a value inside an open container: a comma and the next item, or the closing bracket. */
  private afterValue(): void {
    const c = this.s[this.i];
    const top = this.s[this.open[this.open.length - 1]!]!;
    if (c === undefined) this.end();
    if (c === ",") {
      this.i++;
      return top === "{" ? this.key(true) : this.value(true);
    }
    if (c === "}" || c === "]") {
      if (c !== CLOSE[top]) throw new Stop(this.i, "files.read.json.mismatchedClose", { ...this.openInfo(), found: c });
      this.open.pop();
      this.i++;
      return;
    }
    throw new Stop(this.i, "files.read.json.expectedComma", this.openInfo());
  }

  private string(): void {
    const start = this.i++;
    for (; this.i < this.s.length; this.i++) {
      const c = this.s[this.i]!;
      if (c === '"') {
        this.i++;
        return;
      }
      if (c === "\n" || c === "\r") throw new Stop(start, "files.read.json.unterminatedString");
      if (c < " ") throw new Stop(this.i, "files.read.json.controlInString");
      if (c === "\\") {
        const e = this.s[++this.i];
        if (e === "u" ? !/^[0-9a-fA-F]{4}$/.test(this.s.slice(this.i + 1, this.i + 5)) : !ESCAPES.has(e ?? "")) throw new Stop(this.i - 1, "files.read.json.badEscape");
      }
    }
    throw new Stop(start, "files.read.json.unterminatedString");
  }

  private number(): void {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.s);
    WORD.lastIndex = this.i;
    const word = WORD.exec(this.s)?.[0] ?? "";
    if (!m || m[0].length !== word.length) throw new Stop(this.i, "files.read.json.badNumber", { found: word.slice(0, 30) });
    this.i += word.length;
  }
}

/** The first syntax error, or null when the text is valid JSON nested at most `maxDepth` deep. */
export function findJsonSyntaxError(text: string, maxDepth = MAX_JSON_DEPTH): JsonSyntaxError | null {
  try {
    new Scanner(text, maxDepth).run();
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const before = text.slice(0, e.at);
    const line = before.split("\n").length;
    const column = e.at - before.lastIndexOf("\n");
    return { line, column, message: message("files.read.json.at", { line, column, problem: message(e.id, e.params) }) };
  }
}
