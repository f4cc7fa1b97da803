import { unknownKeyIssues } from "../internal/knownKeys";
import { echo, FollowUpInputError, TemplateError } from "../errors";
import { SCRIPT_KINDS, type ScriptKind } from "../schemas";
import { compileBuiltInTemplate, compileCustomTemplate, renderTemplate, type CompiledTemplate } from "./internal/compileTemplate";
import { buildView, checkLocale } from "./internal/scriptView";
import type { ScriptData } from "./scriptData";
import { BUILT_IN_TEMPLATES, type BuiltInTemplateKey, type BuiltInVariants } from "./internal/templates.generated";
import { countWords, WORDS_PER_MINUTE } from "../text/wordScan";

/**
 * A built-in variant of a kind of script: `"brief"` and `"warm"` for every kind, and for the
 * follow-up email also `"after-voicemail"` and `"no-call"` (see `scriptVariants`).
 */
export type ScriptVariant<Kind extends ScriptKind = ScriptKind> = Kind extends ScriptKind ? BuiltInVariants[Kind] : never;

/** How to render a script of `Kind`. */
export interface RenderOptions<Kind extends ScriptKind = ScriptKind> {
  /** A built-in variant of the kind: `"brief"` (default) or `"warm"`, and others for some kinds; see `scriptVariants`. */
  variant?: ScriptVariant<Kind>;
  /** Your own mustache template, using only the ScriptData names (overrides `variant`). */
  template?: string;
  /** `"text"` (default) never escapes; `"html"` escapes everything and wraps paragraphs in `<p>`. */
  format?: "text" | "html";
  /** BCP 47 locale for the interview date. Default `"en-US"`. */
  locale?: string;
}

const RENDER_OPTION_KEYS: readonly (keyof RenderOptions)[] = ["variant", "template", "format", "locale"];

/** A rendered script. */
export interface RenderedScript<Kind extends ScriptKind = ScriptKind> {
  readonly text: string;
  readonly kind: Kind;
  /** The built-in variant used, or `"custom"`. */
  readonly variant: ScriptVariant<Kind> | "custom";
  readonly format: "text" | "html";
  /** For emails: the `Subject:` line's text. */
  readonly subject?: string;
  /** Spoken words (stage directions in parentheses on a line of their own are not counted). */
  readonly words: number;
  /** Seconds to say it at 150 words a minute (derived). */
  readonly seconds: number;
}

/**
 * Every kind of script `renderScript` writes, in the order of the follow-up.
 *
 * @example
 * ```ts
 * for (const kind of scriptKinds) console.log(kind, renderScript(kind, data).seconds);
 * ```
 * @category Scripts
 */
export const scriptKinds: readonly ScriptKind[] = SCRIPT_KINDS;

/**
 * The built-in variants of each kind: `brief` and `warm` for every kind, and for the
 * follow-up email also `after-voicemail` and `no-call`.
 *
 * @example
 * ```ts
 * scriptVariants.voicemail; // ["brief", "warm"]
 * scriptVariants["follow-up-email"]; // ["after-voicemail", "brief", "no-call", "warm"]
 * for (const variant of scriptVariants.voicemail) renderScript("voicemail", data, { variant });
 * ```
 * @category Scripts
 */
export const scriptVariants: ScriptVariants = /* @__PURE__ */ listVariants();

/** The built-in variants by kind. */
export type ScriptVariants = { readonly [Kind in ScriptKind]: readonly ScriptVariant<Kind>[] };

function listVariants(): ScriptVariants {
  const variants = {} as Record<ScriptKind, readonly string[]>;
  for (const kind of SCRIPT_KINDS) {
    variants[kind] = Object.freeze(
      Object.keys(BUILT_IN_TEMPLATES)
        .filter((key) => key.startsWith(`${kind}.`))
        .map((key) => key.slice(kind.length + 1)),
    );
  }
  return Object.freeze(variants) as ScriptVariants;
}

/**
 * The built-in templates' sources by `<kind>.<variant>`: a starting point for your own
 * `template` (they use only the ScriptData names).
 *
 * @example
 * ```ts
 * const mine = scriptTemplates["voicemail.brief"].replace("Have a good day.", "Speak soon, and thanks again.");
 * renderScript("voicemail", data, { template: mine });
 * ```
 * @category Scripts
 */
export const scriptTemplates: Readonly<Record<string, string>> = BUILT_IN_TEMPLATES;

const SUBJECT = /^Subject:[ \t]*(.*)$/m;

/** Whether a locale's language is English ("en", "en-GB", "en-IN"…). */
function isEnglish(locale: string): boolean {
  return locale === "en-US" || /^en(?:-|$)/i.test(locale);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`=/]/g, (char) => `&#${char.charCodeAt(0)};`);
}

function toHtml(text: string): string {
  return text
    .trim()
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, "<br>\n")}</p>`)
    .join("\n");
}

function pickTemplate(kind: ScriptKind, options: RenderOptions): { compiled: CompiledTemplate; variant: ScriptVariant | "custom" } {
  if (options.template !== undefined) {
    if (typeof options.template !== "string") throw new FollowUpInputError([{ path: ["template"], message: "must be a string" }], "Invalid script options");
    return { compiled: compileCustomTemplate(options.template), variant: "custom" };
  }
  const variant = options.variant ?? "brief";
  const key = `${kind}.${variant}`;
  const source = typeof variant === "string" && Object.hasOwn(BUILT_IN_TEMPLATES, key) ? BUILT_IN_TEMPLATES[key as BuiltInTemplateKey] : undefined;
  if (source === undefined) {
    throw new FollowUpInputError(
      [{ path: ["variant"], message: `${echo(variant)} is not a variant of ${kind}; use one of ${scriptVariants[kind].join(", ")}` }],
      "Invalid script options",
    );
  }
  return { compiled: compileBuiltInTemplate(key, source), variant };
}

/**
 * Writes a script for a moment of the follow-up: the live call's opener, a voicemail, the
 * thank-you email, the written follow-up, and what to say after an offer or a rejection.
 *
 * Rendering is strict and safe: a variable the template needs but the data lacks throws a
 * TemplateError naming every missing one; a custom template may use only the ScriptData
 * names (`{{constructor}}` is refused), cannot call anything, and is limited in size and
 * nesting. Values are inserted as written: `O'Brien & Sons` stays as is in text, and a value
 * containing `{{x}}` appears literally. Dates are formatted with Intl in `locale`, on the
 * interviewer's calendar.
 *
 * @param kind - One of `scriptKinds`.
 * @param data - Names, role, company, interview date, phone; optional topic, highlight, availability, email.
 * @param options - `variant`, a custom `template`, `format` and `locale`.
 * @returns The text, its word count and speaking time at 150 words a minute.
 * @throws TemplateError when the template is invalid or needs a value the data lacks.
 * @throws FollowUpInputError when the kind, variant, locale or data is malformed.
 * @example
 * ```ts
 * const script = renderScript("voicemail", {
 *   candidateName: "Dana Whitfield",
 *   jobTitle: "Operations Analyst",
 *   company: "Harbor Freight Lines",
 *   interviewerName: "Priya",
 *   interviewDate: "2026-11-17",
 *   phone: "+1 212 555 0147",
 * });
 * script.text;    // "Hello Priya, this is Dana Whitfield. … My number is +1 212 555 0147. Again, that's +1 212 555 0147. …"
 * script.seconds; // 27
 * ```
 * @category Scripts
 */
export function renderScript<const Kind extends ScriptKind>(kind: Kind, data: ScriptData, options: RenderOptions<Kind> = {}): RenderedScript<Kind> {
  if (!(SCRIPT_KINDS as readonly unknown[]).includes(kind)) {
    throw new FollowUpInputError([{ path: ["kind"], message: `must be one of ${SCRIPT_KINDS.join(", ")}` }], "Invalid script kind");
  }
  if (typeof options !== "object" || options === null) throw new FollowUpInputError([{ path: ["options"], message: "must be an object" }], "Invalid script options");
  const unknownKeys = unknownKeyIssues(options, RENDER_OPTION_KEYS);
  if (unknownKeys.length > 0) throw new FollowUpInputError(unknownKeys, "Invalid script options");
  const format = options.format ?? "text";
  if (format !== "text" && format !== "html") throw new FollowUpInputError([{ path: ["format"], message: 'must be "text" or "html"' }], "Invalid script options");
  const locale = options.locale ?? "en-US";
  if (typeof locale !== "string") throw new FollowUpInputError([{ path: ["locale"], message: "must be a BCP 47 locale string" }], "Invalid script options");
  checkLocale(locale);

  const { compiled, variant } = pickTemplate(kind, options);
  if (format === "html" && compiled.hasUnescaped) {
    throw new TemplateError("{{{…}}} and {{&…}} print values unescaped, which is not allowed for HTML output; use {{…}}.");
  }
  if (variant !== "custom" && !isEnglish(locale)) {
    // The built-in templates are written in English: a French date inside English prose would
    // be worse than either. Other languages bring their own template.
    throw new TemplateError(
      `The built-in templates are in English, so locale ${echo(locale)} would mix languages; pass your own template in that language (options.template), or an English locale.`,
    );
  }
  const view = buildView(data, locale);
  const rendered = renderTemplate(compiled, view);
  if (rendered.missing.length > 0) {
    // greetingName comes from interviewerName unless given: name the field the data lacks.
    const missing = rendered.missing.map((name) => (name === "greetingName" ? "interviewerName" : name)).filter((name, index, all) => all.indexOf(name) === index);
    throw new TemplateError(`The data lacks ${missing.length === 1 ? "a value" : "values"} the template needs: ${missing.join(", ")}`, { variables: missing });
  }
  // An email's subject is returned on its own, never inside the body.
  const subjectLine = rendered.text.includes("Subject:") ? SUBJECT.exec(rendered.text) : null;
  const subject = subjectLine?.[1]?.trim();
  const plain =
    subjectLine === null ? rendered.text : (rendered.text.slice(0, subjectLine.index) + rendered.text.slice(subjectLine.index + subjectLine[0].length)).replace(/^\s*\n/, "");
  const words = subjectLine === null ? rendered.words : Math.max(0, rendered.words - countWords(subjectLine[0]));
  return {
    text: format === "html" ? toHtml(plain) : plain,
    kind,
    // pickTemplate found the variant among the kind's own, or used a custom template.
    variant: variant as ScriptVariant<Kind> | "custom",
    format,
    ...(subject !== undefined ? { subject } : {}),
    words,
    seconds: Math.round((words / WORDS_PER_MINUTE) * 60),
  };
}

export type { ScriptData };
