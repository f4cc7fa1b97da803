import { parseInstant, parseTimingInput, type CallTimingInput, type Instant } from "../schemas";
import { toLocal } from "../time/zonedTime";
import { SEVERITY_RANK, type Diagnostic } from "../types";
import { evaluateSlot } from "./evaluateSlot";
import { buildTimingContext } from "./timingContext";
import { timingDiagnostic } from "./internal/timingMessages";

/** How good a chosen call time is. */
export interface CallTimeScore {
  /** No error-severity diagnostic: the time breaks no hard rule. */
  readonly ok: boolean;
  /** 1 for an ideal slot, lower for each rule it bends; the same scale ranks `bestCallTime`. */
  readonly score: number;
  /** The timing rules the time breaks, errors first. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Grades a call time the user picked: the timing rules (T1–T9, see docs/timing.md) applied to one
 * instant on the interviewer's clock, as diagnostics with rule ids, plus a 0..1 score.
 *
 * @param input - The same input as `bestCallTime`.
 * @param at - The instant to grade: a `Date`, ISO-8601 with an offset, or `{ local, timeZone }`.
 * @returns `ok`, `score` and the diagnostics (path `["at"]`).
 * @throws FollowUpInputError when the input or `at` is malformed.
 * @example
 * ```ts
 * const result = scoreCallTime(
 *   { interviewedAt: "2026-11-10T15:00:00-05:00", timeZone: "America/New_York" },
 *   "2026-11-13T10:00:00-05:00",
 * );
 * result.ok;                              // false
 * result.diagnostics.map((d) => d.ruleId); // ["wait-a-week", "avoid-monday-friday"]
 * ```
 * @category Timing
 */
export function scoreCallTime(input: CallTimingInput, at: Instant): CallTimeScore {
  const parsed = parseTimingInput(input);
  const atMs = parseInstant(at, ["at"]);
  const context = buildTimingContext(parsed);
  const local = toLocal(atMs, context.timeZone);
  const grade = evaluateSlot(context, local.day, local.minute, atMs);
  const diagnostics = grade.findings.map((finding) => timingDiagnostic(finding, ["at"])).sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  return { ok: !diagnostics.some((diagnostic) => diagnostic.severity === "error"), score: grade.score, diagnostics };
}
