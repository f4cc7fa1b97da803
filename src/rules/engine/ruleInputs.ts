import type { ParsedCallPlan } from "../../schemas";
import type { TimingFinding } from "../../timing/evaluateSlot";
import type { ReviewedText } from "../../text/reviewedText";

/**
 * What the built-in rules read beyond the public context: the parsed plan (epoch ms, day
 * numbers), the analysed texts and the timing findings. Kept in private fields of the engine's
 * context, so the shape plugins see stays the documented one and these can change freely.
 */
export interface RuleInputs {
  readonly plan: ParsedCallPlan | undefined;
  readonly timing: () => readonly TimingFinding[];
  readonly texts: () => readonly ReviewedText[];
}

/** The inputs of one run and the analyses made from them, shared by every rule's context. */
export interface SharedInputs {
  readonly inputs: RuleInputs;
  texts?: readonly ReviewedText[];
  timing?: readonly TimingFinding[];
}

/**
 * The engine's contexts extend this: a private field (not a WeakMap, which would keep every
 * analysis alive for the garbage collector to trace, and not a property plugins could read)
 * holds the run's inputs, each analysis computed once for all rules.
 */
export abstract class ContextInputs {
  readonly #shared: SharedInputs;

  protected constructor(shared: SharedInputs) {
    this.#shared = shared;
  }

  static planOf(context: object): ParsedCallPlan | undefined {
    return #shared in context ? (context as ContextInputs).#shared.inputs.plan : undefined;
  }

  static textsOf(context: object): readonly ReviewedText[] {
    if (!(#shared in context)) return [];
    const shared = (context as ContextInputs).#shared;
    shared.texts ??= shared.inputs.texts();
    return shared.texts;
  }

  static timingOf(context: object): readonly TimingFinding[] {
    if (!(#shared in context)) return [];
    const shared = (context as ContextInputs).#shared;
    shared.timing ??= shared.inputs.timing();
    return shared.timing;
  }
}

/** The parsed plan behind a context; `undefined` under `lintScript` or for a context the engine did not make. */
export function planOf(context: object): ParsedCallPlan | undefined {
  return ContextInputs.planOf(context);
}

/** The analysed script and voicemail (or the text given to `lintScript`). */
export function textsOf(context: object): readonly ReviewedText[] {
  return ContextInputs.textsOf(context);
}

/** Timing findings for `call.at` (the engine of `scoreCallTime`). */
export function timingOf(context: object): readonly TimingFinding[] {
  return ContextInputs.timingOf(context);
}
