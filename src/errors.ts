/** One problem found in the input: where it is and what is wrong with it. */
export interface FollowUpIssue {
  /** Path into the input, like zod's: `["workingHours", "end"]`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in plain English. */
  readonly message: string;
}

/** At most this many issues are kept on an error (a list of 100,000 bad holidays is not read by anyone). */
export const MAX_ISSUES = 100;
/** At most this many issues are spelled out in an error's message; the rest are counted. */
const ISSUES_IN_MESSAGE = 10;
/** Longest message kept for one issue, and longest path written out. */
const MAX_MESSAGE_LENGTH = 300;
const MAX_ECHO_LENGTH = 80;

/** Cuts a string to `max` characters, saying how much was left out. */
function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${(text.length - max).toLocaleString("en-US")} more characters)`;
}

/**
 * A value as an error message may echo it: quoted, and cut to 80 characters, so a 10 MB input
 * never becomes a 10 MB message.
 *
 * @example
 * ```ts
 * echo("2026-11-17T10:00"); // "\"2026-11-17T10:00\""
 * ```
 */
export function echo(value: unknown): string {
  if (typeof value === "string") {
    const shown = JSON.stringify(value.slice(0, MAX_ECHO_LENGTH));
    return value.length > MAX_ECHO_LENGTH ? `${shown.slice(0, -1)}…" (${value.length.toLocaleString("en-US")} characters)` : shown;
  }
  try {
    return clip(JSON.stringify(value) ?? String(value), MAX_ECHO_LENGTH);
  } catch {
    // A cycle, a BigInt, an object with no toString: say what kind of thing it is.
    return Object.prototype.toString.call(value);
  }
}

/**
 * A key as an issue's `path` may hold it: a key of 200,000 characters (from a hostile object)
 * is cut like an echoed value, so `issues` stays small.
 *
 * @example
 * ```ts
 * pathKey("timezone"); // "timezone"
 * ```
 */
export function pathKey(key: string): string {
  return clip(key, MAX_ECHO_LENGTH);
}

function pathText(path: readonly (string | number)[]): string {
  return path.length ? clip(path.join("."), MAX_ECHO_LENGTH) : "(input)";
}

function describeIssues(summary: string, issues: readonly FollowUpIssue[], total: number): string {
  const lines = issues.slice(0, ISSUES_IN_MESSAGE).map((issue) => `  - ${pathText(issue.path)}: ${issue.message}`);
  if (total > ISSUES_IN_MESSAGE) lines.push(`  … and ${(total - ISSUES_IN_MESSAGE).toLocaleString("en-US")} more (see error.issues)`);
  return `${summary}\n${lines.join("\n")}`;
}

// One brand for every copy of the package (its ESM and CJS builds, or two versions side by side):
// `instanceof` only knows the class of the copy that is asking.
const BRAND = /* @__PURE__ */ Symbol.for("followup-call.error");

/**
 * Thrown when the input is structurally bad: a wrong type, an unknown IANA zone, an ISO
 * instant without an offset, an impossible date. Problems in a well-formed plan are never
 * thrown; they come back as diagnostics.
 *
 * @example
 * ```ts
 * try {
 *   bestCallTime({ interviewedAt: "2026-11-10T10:00:00", timeZone: "Mars/Base" });
 * } catch (error) {
 *   if (error instanceof FollowUpInputError) console.log(error.issues.map((i) => i.path.join(".")));
 *   // ["interviewedAt", "timeZone"]
 * }
 * ```
 * @category Errors
 */
export class FollowUpInputError extends Error {
  override readonly name = "FollowUpInputError";
  /** Every problem found, never empty. */
  readonly issues: readonly FollowUpIssue[];

  /** How many problems were found; `issues` keeps the first 100. */
  readonly issueCount: number;

  constructor(issues: readonly FollowUpIssue[], summary = "Invalid follow-up input", options?: { cause?: unknown }) {
    const list = (issues.length ? issues : [{ path: [], message: "invalid input" }])
      .slice(0, MAX_ISSUES)
      .map((issue) => Object.freeze({ path: Object.freeze([...issue.path]), message: clip(issue.message, MAX_MESSAGE_LENGTH) }));
    super(describeIssues(summary, list, Math.max(issues.length, 1)), options);
    this.issues = Object.freeze(list);
    this.issueCount = Math.max(issues.length, 1);
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/** Where a template problem was found (1-based line and column). */
export interface TemplatePosition {
  readonly line: number;
  readonly column: number;
}

/**
 * Thrown by `renderScript` when a template cannot be used: it does not parse, it names a
 * variable that is not part of `ScriptData`, it exceeds the size or nesting limits, or the
 * data lacks a variable the template needs.
 *
 * @example
 * ```ts
 * try {
 *   renderScript("call", data, { template: "Hi {{nmae}}" });
 * } catch (error) {
 *   if (error instanceof TemplateError) console.log(error.variables); // ["nmae"]
 * }
 * ```
 * @category Errors
 */
export class TemplateError extends Error {
  override readonly name = "TemplateError";
  /** The variables involved (missing ones, or names that are not allowed). */
  readonly variables: readonly string[];
  /** Position in the template, for parse errors and unknown names. */
  readonly position: TemplatePosition | undefined;

  constructor(message: string, details: { variables?: readonly string[]; position?: TemplatePosition } = {}) {
    super(clip(message, MAX_MESSAGE_LENGTH));
    Object.defineProperty(this, BRAND, { value: true });
    this.variables = /* @__PURE__ */ Object.freeze([...(details.variables ?? [])]);
    this.position = details.position ? Object.freeze({ ...details.position }) : undefined;
  }
}

/**
 * Tells whether a caught value is one of this library's own errors, whichever copy of the
 * package threw it (the ESM and the CommonJS builds are two copies: `instanceof` only knows
 * its own).
 *
 * @example
 * ```ts
 * try { bestCallTime(input); } catch (error) { if (!isFollowUpError(error)) throw error; }
 * ```
 * @category Errors
 */
export function isFollowUpError(value: unknown): value is FollowUpInputError | TemplateError {
  return value instanceof Error && (value as unknown as Record<symbol, unknown>)[BRAND] === true;
}
