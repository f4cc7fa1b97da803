import { FollowUpInputError } from "../errors";
import { SOURCE_IDS } from "../types";
import { BUILT_IN_RULE_IDS } from "./api/ids";
import type { OptionsSchema, RuleContext, RuleDefinition, RuleMeta } from "./api/types";

/**
 * Where a built-in rule's page is read: the package's own docs/rules folder as the npm CDN
 * serves it (the folder ships in the tarball), so links work from npm, an editor or a terminal.
 */
export const RULE_DOCS_BASE = "https://unpkg.com/followup-call/docs/rules/";

/** A rule the engine can run: built-in, or a plugin made with {@link defineRule}. */
export interface Rule<Id extends string = string> {
  readonly meta: RuleMeta<Id>;
  check(context: RuleContext<string, unknown>): void;
  /** The options' schema, when the rule takes options. */
  readonly options?: () => OptionsSchema<unknown>;
}

type Issue = { path: (string | number)[]; message: string };

/**
 * What is wrong with a rule definition (or a rule object passed as a plugin), as issues;
 * empty when it is sound. Shared by defineRule and the engine's plugin check.
 */
export function ruleDefinitionProblems(definition: unknown, prefix: (string | number)[] = []): Issue[] {
  const problems: Issue[] = [];
  const candidate = (definition ?? {}) as { id?: unknown; meta?: Record<string, unknown>; check?: unknown; options?: unknown };
  const meta = candidate.meta;
  const id = candidate.id ?? meta?.id;
  if (typeof id !== "string" || !RULE_ID.test(id)) {
    problems.push({ path: [...prefix, "id"], message: "must be kebab-case, optionally with a plugin prefix (acme/my-rule)" });
  } else if (!id.includes("/") && !(BUILT_IN_RULE_IDS as readonly string[]).includes(id)) {
    problems.push({ path: [...prefix, "id"], message: `a plugin's id needs a scope, like "acme/${id}" (ids without one belong to the built-in rules)` });
  }
  if (!meta || typeof meta !== "object") problems.push({ path: [...prefix, "meta"], message: "is required" });
  else {
    if (!["error", "warning", "info"].includes(meta.defaultSeverity as string)) {
      problems.push({ path: [...prefix, "meta", "defaultSeverity"], message: 'must be "error", "warning" or "info"' });
    }
    if (typeof meta.description !== "string" || meta.description.length === 0) {
      problems.push({ path: [...prefix, "meta", "description"], message: "must be a sentence" });
    }
    if (!Array.isArray(meta.sources) || meta.sources.some((source) => typeof source !== "string")) {
      problems.push({ path: [...prefix, "meta", "sources"], message: "must be a list of source ids" });
    } else if (typeof id === "string" && !id.includes("/") && meta.sources.some((source) => !(SOURCE_IDS as readonly string[]).includes(source))) {
      problems.push({ path: [...prefix, "meta", "sources"], message: `built-in rules cite only ${SOURCE_IDS.join(", ")}` });
    }
    if (typeof meta.derived !== "boolean") problems.push({ path: [...prefix, "meta", "derived"], message: "must be true or false" });
    if (meta.scope !== undefined && meta.scope !== "plan" && meta.scope !== "text") {
      problems.push({ path: [...prefix, "meta", "scope"], message: 'must be "plan" or "text"' });
    }
    const messages = meta.messages;
    if (typeof messages !== "object" || messages === null || Object.keys(messages).length === 0 || Object.values(messages).some((message) => typeof message !== "string")) {
      problems.push({ path: [...prefix, "meta", "messages"], message: "must map at least one message id to its text" });
    }
    const options = meta.options ?? candidate.options;
    if (options !== undefined && typeof options !== "function") {
      problems.push({ path: [...prefix, "meta", "options"], message: "must be a function returning the options' schema (with safeParse)" });
    }
  }
  if (typeof candidate.check !== "function") problems.push({ path: [...prefix, "check"], message: "must be a function" });
  return problems;
}

const RULE_ID = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*)(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

/**
 * Declares a rule, built-in or custom, in typescript-eslint's shape. Checks the metadata
 * once, up front, so a mistake in a plugin shows when it is defined, not mid-validation.
 * Message ids are typed from `meta.messages`; `options`, when given, returns a schema
 * (zod or anything with `safeParse`) that checks the rule's options and types `context.options`.
 *
 * @param definition - `id`, `meta` (severity, description, sources, messages, options) and `check`.
 * @returns The rule, frozen, with `meta.id` and `meta.docs` filled in.
 * @throws FollowUpInputError when the id is not kebab-case or the metadata is incomplete.
 * @example
 * ```ts
 * const noShouting = defineRule({
 *   id: "acme/no-shouting",
 *   meta: {
 *     description: "Do not write the script in capitals.",
 *     defaultSeverity: "warning",
 *     sources: [],
 *     derived: true,
 *     scope: "text",
 *     messages: { shouting: "This text is in capitals; it reads as shouting." },
 *   },
 *   check(context) {
 *     for (const { text, path } of context.texts) {
 *       if (text === text.toUpperCase()) context.report({ messageId: "shouting", path });
 *     }
 *   },
 * });
 * validateCallPlan(plan, { plugins: [noShouting] });
 * ```
 * @category Validation
 */
export function defineRule<const Id extends string, const MessageIds extends string, Options = Readonly<Record<string, unknown>>>(
  definition: RuleDefinition<Id, MessageIds, Options>,
): Rule<Id> {
  const problems = ruleDefinitionProblems(definition);
  if (problems.length > 0) {
    const id = (definition as { id?: unknown } | null | undefined)?.id;
    throw new FollowUpInputError(problems, `Invalid rule definition${typeof id === "string" ? ` "${id}"` : ""}`);
  }
  const { id, meta } = definition;
  const options = meta.options as (() => OptionsSchema<unknown>) | undefined;
  const fullMeta: RuleMeta<Id> = Object.freeze({
    id,
    defaultSeverity: meta.defaultSeverity,
    description: meta.description,
    sources: Object.freeze([...meta.sources]),
    derived: meta.derived,
    docs: meta.docs ?? (id.includes("/") ? "" : `${RULE_DOCS_BASE}${id}.md`),
    scope: meta.scope ?? "plan",
    messages: Object.freeze({ ...meta.messages }) as Readonly<Record<string, string>>,
    hasOptions: options !== undefined,
  });
  const check = definition.check as (context: RuleContext<string, unknown>) => void;
  return Object.freeze({
    meta: fullMeta,
    check: (context: RuleContext<string, unknown>) => check(context),
    ...(options ? { options } : {}),
  });
}
