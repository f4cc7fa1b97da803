/** A path into the input, like zod's: `["call", "script"]`, `["history", 0, "at"]`. */
export type Path = readonly (string | number)[];

/** How much a finding matters. `error` makes a plan invalid. */
export type Severity = "error" | "warning" | "info";

/** What a rule can be set to in `RulesConfig`. */
export type RuleSetting = Severity | "off";

/** The career-advice articles the rules come from (see the docs' sources page). */
export type SourceId = "rednax" | "monster" | "chulaw";

/** Every source id the library knows. */
export const SOURCE_IDS: readonly SourceId[] = /* @__PURE__ */ Object.freeze(["rednax", "monster", "chulaw"] as const);

/** Where in a text a content rule found its words (UTF-16 offsets, end exclusive). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One finding about a plan, a time or a script. */
export interface Diagnostic {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /** Points into the plan (or the timing input) this finding is about. */
  readonly path: Path;
  /** For content rules: the words in the text at `path`. */
  readonly span?: Span;
  /** Ids of the articles behind the rule; empty for house policy (`derived`). */
  readonly sources: readonly string[];
  /** What to do instead, when there is a concrete suggestion. */
  readonly suggestion?: string;
}
