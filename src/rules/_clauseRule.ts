import type { ClassHit, Clause, SentenceAnalysis, Token } from "../text/analyzeText";
import { isInsideValue, type ReviewedText } from "../validate/_reviewedText";
import { textsOf } from "./_internal";
import type { RuleDefinition } from "./_types";
import { defineRule, type Rule } from "./defineRule";

/** What a "never say" rule sees of one clause: the clause, its sentence and the text. */
export interface ClauseSite {
  readonly clause: Clause;
  readonly sentence: SentenceAnalysis;
  readonly reviewed: ReviewedText;
  /** The clause's index in its sentence. */
  readonly at: number;
  /**
   * A fact about the whole sentence, worked out once per sentence and rule: rules must not rescan
   * every clause for every clause (a sentence of thousands of clauses would take seconds).
   */
  once<T>(key: string, compute: () => T): T;
}

/**
 * A content rule that must never fire: `find` looks at one clause and returns the hits that
 * make it a problem (the words that drove the finding), or nothing. The rule reports the
 * first finding in each sentence of the script and the voicemail, with the span of those words.
 */
export function clauseRule<const Id extends string>(definition: Omit<RuleDefinition<Id, "found">, "check"> & { find(site: ClauseSite): readonly ClassHit[] | undefined; suggestion?: string }): Rule<Id> {
  const { find, suggestion, ...rest } = definition;
  return defineRule({
    ...rest,
    check(context) {
      for (const reviewed of textsOf(context)) {
        for (const sentence of reviewed.analysis.sentences) {
          const facts = new Map<string, unknown>();
          const once = <T>(key: string, compute: () => T): T => {
            if (!facts.has(key)) facts.set(key, compute());
            return facts.get(key) as T;
          };
          for (let at = 0; at < sentence.clauses.length; at++) {
            const clause = sentence.clauses[at] as Clause;
            const drivers = find({ clause, sentence, reviewed, at, once });
            if (drivers === undefined || drivers.length === 0) continue;
            const cueStart = Math.min(...drivers.map((hit) => hit.start));
            const cueEnd = Math.max(...drivers.map((hit) => hit.end));
            if (isInsideValue(reviewed, cueStart, cueEnd)) continue;
            // The span is the clause that says it (as a linter marks the whole node); `cue` keeps the words that decided it.
            const { start, end } = clauseSpan(reviewed, clause, cueStart);
            context.report({
              messageId: "found",
              data: { words: reviewed.text.slice(start, end), cue: reviewed.text.slice(cueStart, cueEnd) },
              path: reviewed.path,
              span: { start, end },
              ...(suggestion ? { suggestion } : {}),
            });
            break;
          }
        }
      }
    },
  });
}

const TRAILING = /[\s,;:.!?…"'”’)\]-]+$/u;
const LEADING = /^[\s,;:"'“‘(\[-]+/u;

/**
 * The part of a clause that says it: from the comma before the cue (past a greeting or a
 * "but"/"so" that only joins it on) to the clause's end, without the punctuation around it.
 */
function clauseSpan(reviewed: ReviewedText, clause: Clause, cueStart: number): { start: number; end: number } {
  const { tokens } = reviewed.analysis;
  let first = clause.first;
  for (let index = clause.first; index < clause.stop && (tokens[index] as Token).start < cueStart; index++) {
    if ((tokens[index] as Token).norm === ",") first = index + 1;
  }
  const joiners = [...(clause.hits.get("opener") ?? []), ...(clause.hits.get("clause-break") ?? []), ...(clause.hits.get("clause-break-after-comma") ?? [])];
  for (let moved = true; moved; ) {
    moved = false;
    for (const hit of joiners) {
      if (hit.first === first && (tokens[hit.last] as Token).end <= cueStart) {
        first = hit.last + 1;
        moved = true;
      }
    }
  }
  const from = Math.min((tokens[first] as Token | undefined)?.start ?? cueStart, cueStart);
  const raw = reviewed.text.slice(from, clause.end);
  const start = from + (raw.match(LEADING)?.[0].length ?? 0);
  const end = clause.end - (raw.match(TRAILING)?.[0].length ?? 0);
  return end > start ? { start, end } : { start: from, end: clause.end };
}

/** For each clause, whether this clause or a later one satisfies the test (one pass from the end). */
export function fromHereOn(sentence: SentenceAnalysis, test: (clause: Clause, index: number) => boolean): readonly boolean[] {
  const flags = new Array<boolean>(sentence.clauses.length);
  let seen = false;
  for (let index = sentence.clauses.length - 1; index >= 0; index--) {
    seen = seen || test(sentence.clauses[index] as Clause, index);
    flags[index] = seen;
  }
  return flags;
}

/** Whether any clause of the sentence has the class. */
export function sentenceHas(sentence: SentenceAnalysis, className: string): boolean {
  return sentence.clauses.some((clause) => clause.hits.has(className));
}

/** Whether any clause of the sentence has the class outside a negation ("I understand", not "I don't understand why"). */
export function sentenceAffirms(sentence: SentenceAnalysis, className: string): boolean {
  return sentence.clauses.some((clause) => (clause.hits.get(className) ?? []).some((hit) => !hit.negated));
}

/** Whether the clause opens with the speaker as its subject ("I was slow to reply", "my answer was"). */
export function speakerIsSubject(clause: Clause): boolean {
  const self = clause.hits.get("self")?.[0];
  if (self === undefined) return false;
  const opener = clause.hits.get("opener") ?? [];
  let first = clause.first;
  for (const hit of opener) if (hit.first === first) first = hit.last + 1;
  return self.first === first;
}
