/** One problem found in the input: where it is and what is wrong with it. */
export interface FollowUpIssue {
  /** Path into the input, like zod's: `["workingHours", "end"]`. */
  readonly path: readonly (string | number)[];
  /** What is wrong, in plain English. */
  readonly message: string;
}

function describeIssues(summary: string, issues: readonly FollowUpIssue[]): string {
  const lines = issues.map((issue) => `  - ${issue.path.length ? issue.path.join(".") : "(input)"}: ${issue.message}`);
  return `${summary}\n${lines.join("\n")}`;
}

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
 */
export class FollowUpInputError extends Error {
  override readonly name = "FollowUpInputError";
  /** Every problem found, never empty. */
  readonly issues: readonly FollowUpIssue[];

  constructor(issues: readonly FollowUpIssue[], summary = "Invalid follow-up input", options?: { cause?: unknown }) {
    const list = issues.length ? issues : [{ path: [], message: "invalid input" }];
    super(describeIssues(summary, list), options);
    this.issues = /* @__PURE__ */ Object.freeze(list.map((issue) => Object.freeze({ path: Object.freeze([...issue.path]), message: issue.message })));
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
 */
export class TemplateError extends Error {
  override readonly name = "TemplateError";
  /** The variables involved (missing ones, or names that are not allowed). */
  readonly variables: readonly string[];
  /** Position in the template, for parse errors and unknown names. */
  readonly position: TemplatePosition | undefined;

  constructor(message: string, details: { variables?: readonly string[]; position?: TemplatePosition } = {}) {
    super(message);
    this.variables = /* @__PURE__ */ Object.freeze([...(details.variables ?? [])]);
    this.position = details.position ? Object.freeze({ ...details.position }) : undefined;
  }
}

/**
 * Tells whether a caught value is one of this library's own errors.
 *
 * @example
 * ```ts
 * try { bestCallTime(input); } catch (error) { if (!isFollowUpError(error)) throw error; }
 * ```
 */
export function isFollowUpError(value: unknown): value is FollowUpInputError | TemplateError {
  return value instanceof FollowUpInputError || value instanceof TemplateError;
}
