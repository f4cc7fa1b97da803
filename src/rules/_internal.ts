import type { ParsedCallPlan } from "../schemas";
import type { TimingFinding } from "../timing/_evaluateSlot";
import type { ReviewedText } from "../validate/_reviewedText";

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

/**
 * The engine's context extends this: private fields (not a WeakMap, which would keep every
 * analysis alive for the garbage collector to trace) hold the inputs, each analysis computed once.
 */
export abstract class ContextInputs {
  readonly #inputs: RuleInputs;
  #texts: readonly ReviewedText[] | undefined;
  #timing: readonly TimingFinding[] | undefined;

  protected constructor(inputs: RuleInputs) {
    this.#inputs = inputs;
  }

  static planOf(context: object): ParsedCallPlan | undefined {
    return #inputs in context ? (context as ContextInputs).#inputs.plan : undefined;
  }

  static textsOf(context: object): readonly ReviewedText[] {
    if (!(#inputs in context)) return [];
    const self = context as ContextInputs;
    self.#texts ??= self.#inputs.texts();
    return self.#texts;
  }

  static timingOf(context: object): readonly TimingFinding[] {
    if (!(#inputs in context)) return [];
    const self = context as ContextInputs;
    self.#timing ??= self.#inputs.timing();
    return self.#timing;
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
