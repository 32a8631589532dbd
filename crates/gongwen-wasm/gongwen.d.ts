// The JSON contract of 公文体检, version 1, as TypeScript: what `check()`
// returns (one document of `gongwen check --format json`). Written by hand
// beside `crates/gongwen-json`; `cargo xtask test` type-checks real output
// against it with tsc.

/**
 * Checks `text` (after `await init()`): what the CLI prints for one file,
 * without its path. Throws on an unknown option, genre or rule name.
 */
export function check(text: string, options?: CheckOptions): Document;

/**
 * Reads a file's bytes into text as the app and the CLI do: `.txt` in
 * UTF-8, UTF-16, GBK/GB18030 or Big5 (detected), or Word `.docx`. Throws
 * with the reason in Chinese for a file that cannot be read.
 */
export function readFile(name: string, bytes: Uint8Array): ReadFile;

/**
 * Checks a draft and gives it back as a Word file with the review in it: a
 * comment (批注) on each finding's text and, with `track_fixes`, the fixes
 * as tracked changes (修订). `input` is a .docx's bytes (annotated in
 * place; every other part of the file is kept byte for byte; its
 * footnotes, endnotes, headers and footers are checked too, their comments
 * said in the body, quoting them) or the draft's text (a new .docx).
 * Throws on bad options or a file that is not a .docx.
 */
export function annotate(
  input: Uint8Array | string,
  options?: CheckOptions,
  word?: WordOptions,
): Uint8Array;

/** Options of `annotate()`'s Word file; every field is optional. */
export interface WordOptions {
  /** Safe fixes as tracked changes. */
  track_fixes?: boolean;
  /** With `track_fixes`: the fixes that need a person's look too. */
  unsafe_fixes?: boolean;
  /** Comments at this severity or above (default "info"). */
  min_severity?: "info" | "warning" | "error";
  /** The comments' author (default 公文体检). */
  author?: string;
  /** Their date, ISO 8601 (default: now). */
  date?: string;
}

export interface ReadFile {
  text: string;
  /** What the file was read as: "UTF-8", "GBK/GB18030", "Word 文档（.docx）"… */
  format: string;
  /** Word's heading paragraphs as [line, level]. */
  headings: [number, number][];
  /** Their texts: pass them to `check()` as `headings`. */
  heading_texts: string[];
  /**
   * A Word file's footnotes, endnotes, headers and footers that hold text
   * (none for other files): check each with `{ beside: true }`.
   */
  stories: { kind: "脚注" | "尾注" | "页眉" | "页脚"; part: string; text: string }[];
}

/** Options of `check()`; every field is optional. */
export interface CheckOptions {
  /**
   * The office's settings file (`gongwen.toml`) as text: rule levels, genre,
   * year, placeholder words, junk phrases, house-style words and patterns,
   * findings to leave. The other options add to it, as the CLI's flags do.
   * Throws, naming the line, when it is not valid.
   */
  settings?: string;
  /** A report genre (`annual`, `gov-work`, `half-year`, `summary`, `duty`, `self-check`) or `auto`. */
  genre?: string;
  /**
   * The text stands beside a report (a `readFile` story: a header, footer
   * or footnote): its sentences are checked, not a report's outline,
   * sections, layout or page; its year is the settings' `year`.
   */
  beside?: boolean;
  /** Rule names to turn off. */
  disable?: string[];
  /** Extra to-do words of the office's templates. */
  placeholder_words?: string[];
  /** Extra phrases that mark a line as site chrome. */
  junk_phrases?: string[];
  /** Texts of the document's heading paragraphs (`ReadFile.heading_texts`): outline hints. */
  headings?: string[];
  /** Last year's report: the draft is checked beside it (category `previous`, and `plan_followup`). */
  previous?: string;
  /** The office's people, added to the settings' `[[people]]`: checked by `person-title` and `person-name`. */
  people?: Person[];
  /** The office's statistics table (统计台账): CSV, or cells pasted from a spreadsheet (tab-separated); the figures are checked against it (category `data`). */
  data?: string;
}

/** One person of the office with one title over one period (a person whose title changed is listed twice). */
export interface Person {
  name: string;
  /** The whole title, parts joined by 、 (党组书记、局长). */
  title: string;
  /** From and to: "2021", "2021-03", "2021.3" or "2021年3月"; absent: open. */
  from?: string;
  to?: string;
}

export type Category =
  | "placeholder" | "number" | "section" | "outline" | "time" | "junk"
  | "artifact" | "masked" | "duplicate" | "note" | "punctuation" | "wording"
  | "formulation" | "naming" | "data" | "layout" | "previous";
export type Severity = "info" | "warning" | "error";

/** Positions: `start`/`end` are 0-based character offsets; lines and columns are 1-based. */
export interface Related {
  line: number;
  column: number;
  start: number;
  end: number;
  message: string;
  /** Present and true: the position is in last year's report (`CheckOptions.previous`). */
  previous?: true;
}

/** One of last year's plan items (`CheckOptions.previous`) and whether this year's summary takes it up. */
export interface PlanItem {
  text: string;
  previous_line: number;
  previous_start: number;
  previous_end: number;
  mentioned: boolean;
  line: number | null;
  start: number | null;
  end: number | null;
  targets: { target: string; result: string | null }[];
}

export interface Edit {
  start: number;
  end: number;
  replacement: string;
}

export interface Fix {
  title: string;
  applicability: "safe" | "unsafe";
  edits: Edit[];
}

export interface Finding {
  rule: string;
  /** The rule's Chinese name (字母x占位未填), what a user reads. */
  title: string;
  category: Category;
  severity: Severity;
  line: number;
  column: number;
  end_line: number;
  end_column: number;
  start: number;
  end: number;
  snippet: string;
  message: string;
  related: Related[];
  fix: Fix | null;
}

export interface Metric {
  metric: string;
  value: string;
  unit: string;
  period: string | null;
  growth: string | null;
  line: number;
  column: number;
  start: number;
  end: number;
}

export interface ReportHead {
  line: number;
  genre: string | null;
  year: number | null;
  plan_year: number | null;
  title_line: number | null;
  opening_line: number | null;
  closing_line: number | null;
}

export interface Heading {
  level: number;
  number: number;
  marker: string;
  text: string;
  line: number;
  roles: string[];
}

export interface Outline {
  reports: ReportHead[];
  headings: Heading[];
}

/** One checked text. */
export interface Document {
  chars: number;
  findings: Finding[];
  metrics: Metric[];
  outline: Outline;
  /** With `CheckOptions.previous`: 上年计划落实情况. */
  plan_followup?: PlanItem[];
  /** The standard formulations the text uses (规范表述), when it uses any. */
  formulations?: Mention[];
  /** The places named with their upper level (地名), when it names any. */
  places?: Mention[];
  /** The office's listed people named with a title (人员名单), when it names any. */
  people?: Mention[];
  /** With `CheckOptions.data`: each indicator of the statistics table with the figures stating it (数据核对). */
  ledger?: LedgerRow[];
}

/** An indicator of the statistics table: its sheet and 1-based row, its value and growth as written, whether it is marked key, and the figures stating it. */
export interface LedgerRow {
  sheet: string;
  row: number;
  name: string;
  value: string;
  growth: string;
  key: boolean;
  mentions: { text: string; agrees: boolean; line: number; column: number; start: number; end: number }[];
}

/** A formulation, a place or a person as written; `standard` is its standard form (a series: its members in order; a place: as the table of divisions has it). */
export interface Mention {
  text: string;
  standard: string;
  source: string;
  right: boolean;
  line: number;
  column: number;
  start: number;
  end: number;
}

export interface Rule {
  name: string;
  /** Its Chinese name. */
  title: string;
  category: Category;
  category_label: string;
  severity: Severity;
  fix: "none" | "sometimes" | "always";
  what: string;
  why: string;
  bad: string;
  good: string;
}
