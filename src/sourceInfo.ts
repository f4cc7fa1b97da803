import type { SourceId } from "./types";

/** Where a piece of advice comes from: the article behind a source id. */
export interface SourceInfo {
  readonly id: SourceId;
  /** The article's title, or what it is about when it has no single title. */
  readonly title: string;
  /** Who published it. */
  readonly publisher: string;
  /** Who wrote it, when the article names its author. */
  readonly author?: string;
}

/**
 * The career-advice articles the rules cite, by the source id every rule and diagnostic
 * carries (`sources: ["monster"]`), so a product can show where a piece of advice comes from.
 * Rules with `derived: true` are the library's own inference and cite none.
 *
 * @example
 * ```ts
 * const [first] = validateCallPlan(plan).diagnostics;
 * first?.sources.map((id) => `${sourceInfo[id].title} (${sourceInfo[id].publisher})`);
 * // ["How to Make a Follow-Up Call After an Interview (Monster)"]
 * ```
 * @category Sources
 */
export const sourceInfo: Readonly<Record<SourceId, SourceInfo>> = /* @__PURE__ */ Object.freeze({
  rednax: /* @__PURE__ */ Object.freeze({ id: "rednax", title: "Calling after an interview (career resources)", publisher: "Rednax Recruitment" }),
  monster: /* @__PURE__ */ Object.freeze({ id: "monster", title: "How to Make a Follow-Up Call After an Interview", publisher: "Monster", author: "Dillon Price" }),
  chulaw: /* @__PURE__ */ Object.freeze({ id: "chulaw", title: "The follow-up call after a job interview", publisher: "Matthew Chulaw", author: "Matthew Chulaw" }),
});
