import type { Path, Severity, Span } from "../../types";
import type { PlanView, ScriptText } from "./context";

/** What a rule is and where it comes from. */
export interface RuleMeta<Id extends string = string, MessageIds extends string = string> {
  /** Kebab-case id, also the name of its file and its docs page; plugins use `scope/name`. */
  readonly id: Id;
  readonly defaultSeverity: Severity;
  /** One sentence: what the rule asks of the candidate. */
  readonly description: string;
  /** Source ids from the guidance; empty when `derived`. */
  readonly sources: readonly string[];
  /** True when the rule is house policy inferred from the guidance, not stated by it. */
  readonly derived: boolean;
  /** The rule's page, an absolute URL (built-in rules: their page under docs/rules in the package); "" for a plugin rule that gives none. */
  readonly docs: string;
  /**
   * `"plan"` rules read the plan (`validateCallPlan` only); `"text"` rules read the script and
   * voicemail through `context.texts`, and also run in `lintScript`.
   */
  readonly scope: "plan" | "text";
  /** Message templates by message id; `{{name}}` is replaced from the report's data. */
  readonly messages: Readonly<Record<MessageIds, string>>;
  /** Whether the rule takes options (`["warning", { … }]`). */
  readonly hasOptions: boolean;
}

/** What `report` takes: a message id of the rule, its data, and where the problem is. */
export interface ReportDescriptor<MessageIds extends string = string> {
  /** A key of `meta.messages`; an unknown id throws. */
  readonly messageId: MessageIds;
  /** Values for the message's `{{placeholders}}`; products use them to translate messages. */
  readonly data?: Readonly<Record<string, string | number>>;
  /** Where in the plan; for text rules, the text's path (e.g. `["call", "script"]`). */
  readonly path?: Path;
  /** For text rules: the words, as UTF-16 offsets into the text at `path`. */
  readonly span?: Span;
  /** What to do instead, in plain words (no code). */
  readonly suggestion?: string;
  /** Makes this one report milder than the rule's configured severity (never harsher). */
  readonly severity?: Severity;
}

/**
 * Anything with zod's `safeParse` (zod, zod/mini, valibot adapters…): how a rule declares its
 * options. The parsed value is what `context.options` holds.
 */
export interface OptionsSchema<Options> {
  safeParse(value: unknown): { success: true; data: Options } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
}

/** What a rule's `check` receives: read-only views of what it checks, its options, and `report`. */
export interface RuleContext<MessageIds extends string = string, Options = Readonly<Record<string, unknown>>> {
  /** The id of the rule being run. */
  readonly id: string;
  /** The checked plan (instants as `Date`, calendar dates as `YYYY-MM-DD`); `undefined` under `lintScript`. */
  readonly plan: PlanView | undefined;
  /** The texts under review: the plan's script and voicemail, or the text given to `lintScript`. */
  readonly texts: readonly ScriptText[];
  /** This rule's options from `RulesConfig`, as its options schema parsed them (`{}` without options). */
  readonly options: Options;
  /** Reports a problem; the engine adds the rule id, severity, sources and message. */
  report(descriptor: ReportDescriptor<MessageIds>): void;
}

/** A rule as given to `defineRule`. */
export interface RuleDefinition<Id extends string = string, MessageIds extends string = string, Options = Readonly<Record<string, unknown>>> {
  readonly id: Id;
  readonly meta: {
    readonly description: string;
    readonly defaultSeverity: Severity;
    readonly sources: readonly string[];
    readonly derived: boolean;
    readonly docs?: string;
    /** Default `"plan"`. */
    readonly scope?: "plan" | "text";
    readonly messages: Readonly<Record<MessageIds, string>>;
    /** The options' schema, built on first use (so bundles without the rule drop it). Without it the rule takes no options. */
    readonly options?: () => OptionsSchema<Options>;
  };
  check(context: RuleContext<MessageIds, Options>): void;
}
