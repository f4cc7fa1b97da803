/** A path into the input, like zod's: `["call", "script"]`, `["history", 0, "at"]`. */
export type Path = readonly (string | number)[];

/** How much a finding matters. `error` makes a plan invalid. */
export type Severity = "error" | "warning" | "info";

/**
 * `T`, kept out of type inference: a type parameter is inferred from the other arguments, not
 * from this one. TypeScript 5.4 has `NoInfer` built in; this form works from 5.0 on, so the
 * declaration files compile for consumers on older compilers.
 */
export type NotInferred<T> = [T][T extends unknown ? 0 : never];

/** Severities from most to least serious, for sorting (errors first). */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = /* @__PURE__ */ Object.freeze({ error: 0, warning: 1, info: 2 });

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

/**
 * One finding about a plan, a time or a script. `RuleId` is the built-in ids, widened by the
 * ids of the plugins passed, so comparisons with a misspelt id fail to compile.
 */
export interface Diagnostic<RuleId extends string = string> {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  /** The message in English, `messages[messageId]` filled with `data`. */
  readonly message: string;
  /** Which of the rule's messages this is (a key of its `meta.messages`): translate by it. */
  readonly messageId: string;
  /** The values filled into the message, for products that word it themselves. */
  readonly data: Readonly<Record<string, string | number>>;
  /** Points into the plan (or the timing input) this finding is about. */
  readonly path: Path;
  /** For content rules: the words in the text at `path`. */
  readonly span?: Span;
  /** Ids of the articles behind the rule; empty for house policy (`derived`). */
  readonly sources: readonly string[];
  /** What to do instead, when there is a concrete suggestion. */
  readonly suggestion?: string;
}
