import type { ParsedCallPlan } from "../schemas";
import type { TimingFinding } from "../timing/_evaluateSlot";
import type { ReviewedText } from "../validate/_reviewedText";

/**
 * What the built-in rules read beyond the public context: the parsed plan (epoch ms, day
 * numbers), the analysed texts and the timing findings. Kept off the context object, so the
 * shape plugins see stays the documented one and these can change freely.
 */
export interface RuleInputs {
  readonly plan: ParsedCallPlan | undefined;
  readonly timing: () => readonly TimingFinding[];
  readonly texts: () => readonly ReviewedText[];
}

interface CachedInputs {
  readonly inputs: RuleInputs;
  timing?: readonly TimingFinding[];
  texts?: readonly ReviewedText[];
}

const byContext = /* @__PURE__ */ new WeakMap<object, CachedInputs>();

/** Ties a context to what the built-in rules read (each analysis computed at most once). */
export function attachInputs(context: object, inputs: RuleInputs): void {
  byContext.set(context, { inputs });
}

/** The parsed plan behind a context; `undefined` under `lintScript` or for a context the engine did not make. */
export function planOf(context: object): ParsedCallPlan | undefined {
  return byContext.get(context)?.inputs.plan;
}

/** The analysed script and voicemail (or the text given to `lintScript`). */
export function textsOf(context: object): readonly ReviewedText[] {
  const cached = byContext.get(context);
  if (cached === undefined) return [];
  cached.texts ??= cached.inputs.texts();
  return cached.texts;
}

/** Timing findings for `call.at` (the engine of `scoreCallTime`). */
export function timingOf(context: object): readonly TimingFinding[] {
  const cached = byContext.get(context);
  if (cached === undefined) return [];
  cached.timing ??= cached.inputs.timing();
  return cached.timing;
}
