import Mustache from "mustache";
import { BoundedCache } from "../../internal/boundedCache";
import { TemplateError, type TemplatePosition } from "../../errors";
import { scanWords, type WordScan } from "../../text/wordScan";

/** The names a template may use: exactly the fields of ScriptData. */
export const SCRIPT_VARIABLES = /* @__PURE__ */ Object.freeze([
  "candidateName",
  "jobTitle",
  "company",
  "interviewerName",
  "greetingName",
  "interviewDate",
  "phone",
  "topic",
  "companyHighlight",
  "availability",
  "email",
  "timeZone",
] as const);

export type ScriptVariable = (typeof SCRIPT_VARIABLES)[number];

/** Limits on custom templates, so user input cannot make rendering slow or deep. */
export const TEMPLATE_LIMITS = /* @__PURE__ */ Object.freeze({ maxLength: 64 * 1024, maxSectionDepth: 4 });

/** Word counts of a text run, precomputed for both states it can be entered in. */
interface TextWords {
  readonly fromOutside: WordScan;
  readonly fromInside: WordScan;
}

type Operation =
  | { readonly type: "text"; readonly text: string; readonly words: TextWords }
  | { readonly type: "value"; readonly name: ScriptVariable; readonly unescaped: boolean; readonly position: TemplatePosition }
  | { readonly type: "section"; readonly name: ScriptVariable; readonly inverted: boolean; readonly body: readonly Operation[] };

/** A parsed, checked template: text runs merged, names validated, ready to render many times. */
export interface CompiledTemplate {
  readonly operations: readonly Operation[];
  /** Whether it has `{{{x}}}` or `{{&x}}` (refused for HTML output). */
  readonly hasUnescaped: boolean;
}

/** The values a template is rendered from: pre-formatted strings, no prototype, nothing callable. */
export type TemplateView = Readonly<Record<ScriptVariable, string | undefined>>;

const ALLOWED = /* @__PURE__ */ new Set<string>(SCRIPT_VARIABLES);
const TAGS: [string, string] = ["{{", "}}"];

function positionAt(source: string, offset: number): TemplatePosition {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset && index < source.length; index++) {
    if (source.charCodeAt(index) === 10) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

type MustacheToken = [string, string, number, number, MustacheToken[]?, number?];

function parseTokens(source: string): MustacheToken[] {
  // A fresh Writer per parse: Mustache's shared writer caches every template forever and
  // reads the global `Mustache.tags`; ours is dropped after use and gets its tags explicitly.
  const writer = new Mustache.Writer();
  try {
    return writer.parse(source, TAGS) as unknown as MustacheToken[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /at (\d+)\s*$/.exec(message);
    let offset = at ? Number(at[1]) : 0;
    // Mustache reports where it gave up (the end); point at the tag that was left open instead.
    const section = /^Unclosed section "(.*)"/.exec(message);
    if (section) offset = Math.max(source.lastIndexOf(`{{#${section[1]}`), source.lastIndexOf(`{{^${section[1]}`), 0);
    else if (message.startsWith("Unclosed tag")) offset = Math.max(source.lastIndexOf("{{", offset), 0);
    const position = positionAt(source, offset);
    throw new TemplateError(`The template does not parse: ${message.replace(/ at \d+\s*$/, "")} (line ${position.line}, column ${position.column})`, { position });
  }
}

// A line of template text in parentheses is a stage direction ("(Pause and listen.)"): not spoken.
const STAGE_DIRECTION = /^[ \t]*\(.*\)[ \t]*$/gm;

function textOperation(text: string): Operation {
  const spoken = text.replace(STAGE_DIRECTION, "");
  return { type: "text", text, words: { fromOutside: scanWords(spoken, false), fromInside: scanWords(spoken, true) } };
}

function convert(source: string, tokens: readonly MustacheToken[], depth: number, state: { hasUnescaped: boolean }): Operation[] {
  const operations: Operation[] = [];
  for (const token of tokens) {
    const [type, value, start] = token;
    if (type === "text") {
      const previous = operations[operations.length - 1];
      if (previous?.type === "text") operations[operations.length - 1] = textOperation(previous.text + value);
      else operations.push(textOperation(value));
      continue;
    }
    if (type === "!" || type === "=") continue;
    const position = positionAt(source, start);
    const where = `(line ${position.line}, column ${position.column})`;
    if (type === ">") throw new TemplateError(`Partials are not supported: {{> ${value}}} ${where}`, { variables: [value], position });
    if (!ALLOWED.has(value)) {
      throw new TemplateError(`Unknown variable "${value}" ${where}: a template may use only ${SCRIPT_VARIABLES.join(", ")}`, { variables: [value], position });
    }
    const name = value as ScriptVariable;
    if (type === "name" || type === "&") {
      if (type === "&") state.hasUnescaped = true;
      operations.push({ type: "value", name, unescaped: type === "&", position });
    } else if (type === "#" || type === "^") {
      if (depth + 1 > TEMPLATE_LIMITS.maxSectionDepth) {
        throw new TemplateError(`Sections are nested more than ${TEMPLATE_LIMITS.maxSectionDepth} deep at "${name}" ${where}`, { variables: [name], position });
      }
      operations.push({ type: "section", name, inverted: type === "^", body: convert(source, token[4] ?? [], depth + 1, state) });
    }
  }
  return operations;
}

/** Parses and checks a template. Throws TemplateError with line and column on any problem. */
export function compileTemplate(source: string): CompiledTemplate {
  const state = { hasUnescaped: false };
  const operations = convert(source, parseTokens(source), 0, state);
  return Object.freeze({ operations: Object.freeze(operations), hasUnescaped: state.hasUnescaped });
}

// Custom templates are compiled once each, within a bound; built-ins are a fixed set.
const compiledCustom = /* @__PURE__ */ new BoundedCache<string, CompiledTemplate>(64);
const compiledBuiltIn = /* @__PURE__ */ new Map<string, CompiledTemplate>();

/** A custom template, compiled (cached), after the size check. */
export function compileCustomTemplate(source: string): CompiledTemplate {
  if (source.length > TEMPLATE_LIMITS.maxLength) {
    throw new TemplateError(`The template is ${source.length} characters long; the limit is ${TEMPLATE_LIMITS.maxLength}.`);
  }
  return compiledCustom.get(source) ?? compiledCustom.set(source, compileTemplate(source));
}

/** A built-in template, compiled once. */
export function compileBuiltInTemplate(key: string, source: string): CompiledTemplate {
  let compiled = compiledBuiltIn.get(key);
  if (compiled === undefined) {
    compiled = compileTemplate(source);
    compiledBuiltIn.set(key, compiled);
  }
  return compiled;
}

interface Rendering {
  text: string;
  words: number;
  inWord: boolean;
  /** Variables the rendered branches print but the view lacks, in order of first use. */
  missing: string[] | undefined;
  /** Whether the text so far ends with a value that closes on its own stop ("Acme Inc.", "Yahoo!"). */
  valueClosed: boolean;
}

// A value ending like this already closes a sentence: the template's own stop right after it
// would print "Acme Inc.." or "Yahoo!.".
const CLOSES_A_SENTENCE = /[.!?\u2026]$/;
// The template's own stop: one "." that does not start "...", ".5" or ".com".
const TEMPLATE_STOP = /^\.(?![.\p{L}\p{N}])/u;

function renderInto(operations: readonly Operation[], view: TemplateView, into: Rendering): void {
  for (const operation of operations) {
    if (operation.type === "text") {
      into.text += into.valueClosed && TEMPLATE_STOP.test(operation.text) ? operation.text.slice(1) : operation.text;
      into.valueClosed = false;
      const scan = into.inWord ? operation.words.fromInside : operation.words.fromOutside;
      into.words += scan.count;
      into.inWord = scan.inWord;
    } else if (operation.type === "value") {
      const value = view[operation.name];
      if (value === undefined) {
        into.missing ??= [];
        if (!into.missing.includes(operation.name)) into.missing.push(operation.name);
        continue;
      }
      into.text += value;
      into.valueClosed = CLOSES_A_SENTENCE.test(value);
      const scan = scanWords(value, into.inWord);
      into.words += scan.count;
      into.inWord = scan.inWord;
    } else if ((view[operation.name] !== undefined) !== operation.inverted) {
      renderInto(operation.body, view, into);
    }
  }
}

/**
 * Renders as plain text (values go in as they are, never HTML-escaped, never re-parsed) and
 * counts the spoken words as it goes, from counts made once per template. A stop right after a
 * value that ends with its own stop, exclamation or question mark, or an ellipsis, is left out:
 * "at {{company}}." prints "at Acme Inc." once ("...", ".5" and ".com" after a value stay). Strict: every
 * variable a rendered branch needs but the view lacks is listed in `missing` (sections
 * included), and the text must then not be used.
 */
export function renderTemplate(template: CompiledTemplate, view: TemplateView): { readonly text: string; readonly words: number; readonly missing: readonly string[] } {
  const into: Rendering = { text: "", words: 0, inWord: false, missing: undefined, valueClosed: false };
  renderInto(template.operations, view, into);
  return { text: into.text, words: into.words, missing: into.missing ?? [] };
}

function collectVariables(operations: readonly Operation[], inSection: boolean, required: Set<string>, optional: Set<string>): void {
  for (const operation of operations) {
    if (operation.type === "value") (inSection ? optional : required).add(operation.name);
    else if (operation.type === "section") {
      optional.add(operation.name);
      collectVariables(operation.body, true, required, optional);
    }
  }
}

/** The variables a template always prints, and those it prints only inside sections. */
export function templateVariables(template: CompiledTemplate): { required: string[]; optional: string[] } {
  const required = /* @__PURE__ */ new Set<string>();
  const optional = /* @__PURE__ */ new Set<string>();
  collectVariables(template.operations, false, required, optional);
  return { required: [...required], optional: [...optional].filter((name) => !required.has(name)) };
}
