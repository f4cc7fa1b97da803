import type { Path, Severity, Span } from "../types";

/** What a rule is and where it comes from. */
export interface RuleMeta {
  /** Kebab-case id, also the name of its file and its docs page. */
  readonly id: string;
  readonly defaultSeverity: Severity;
  /** One sentence: what the rule asks of the candidate. */
  readonly description: string;
  /** Source ids from RULES.md; empty when `derived`. */
  readonly sources: readonly string[];
  /** True when the rule is house policy inferred from the guidance, not stated by it. */
  readonly derived: boolean;
  /** Relative path of the rule's documentation page. */
  readonly docs: string;
  /**
   * `"plan"` rules read the plan (`validateCallPlan` only); `"text"` rules read the script and
   * voicemail through `context.texts`, and also run in `lintScript`.
   */
  readonly scope: "plan" | "text";
  /** Message templates by message id; `{{name}}` is replaced from the report's data. */
  readonly messages: Readonly<Record<string, string>>;
}

/** What a rule reports; the engine adds the rule id, severity and sources. */
export interface RuleReport {
  /** A key of `meta.messages`; or give `message` directly. */
  readonly messageId?: string;
  readonly message?: string;
  readonly data?: Readonly<Record<string, string | number>>;
  readonly path?: Path;
  readonly span?: Span;
  readonly suggestion?: string;
  /** Lowers or raises this one report, e.g. "cannot be checked" as a warning. */
  readonly severity?: Severity;
}

/** A rule as given to `defineRule`: meta without the docs path, which is derived from the id. */
export interface RuleDefinition<Context = unknown> {
  readonly id: string;
  readonly meta: Omit<RuleMeta, "id" | "docs" | "scope" | "messages"> & {
    readonly docs?: string;
    /** Default `"plan"`. */
    readonly scope?: "plan" | "text";
    readonly messages?: Readonly<Record<string, string>>;
  };
  check(context: Context): readonly RuleReport[] | void;
  /**
   * Checks the options given in `RulesConfig` (`["warning", { … }]`): returns what is wrong,
   * or nothing. A rule without it takes no options.
   */
  checkOptions?(options: Readonly<Record<string, unknown>>): readonly string[];
}
