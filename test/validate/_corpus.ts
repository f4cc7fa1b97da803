import { readFileSync } from "node:fs";
import { lintScript } from "../../src/index";

export interface CorpusCase {
  rule: string;
  text: string;
  fire: boolean;
  stage?: "pre-decision" | "after-offer" | "after-rejection";
  kind?: "call" | "voicemail";
}

export interface Corpus {
  context: { candidateName: string; jobTitle: string; interviewDate: string; topics: string[]; phone: string };
  cases: CorpusCase[];
}

function load(name: string): Corpus {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8")) as Corpus;
}

/** The main corpus, and a second one written apart from the rules (never used to tune them first). */
export const corpus = load("script-corpus.json");
export const holdout = load("script-corpus-holdout.json");
export const fresh = load("script-corpus-fresh.json");

/** Whether the case's rule reports anything on its text, with the corpus's context. */
export function fires(entry: CorpusCase, from: Corpus = corpus): boolean {
  const { candidateName, jobTitle, interviewDate, topics, phone } = from.context;
  const diagnostics = lintScript(entry.text, {
    kind: entry.kind ?? "call",
    candidateName,
    jobTitle,
    interviewDate,
    topics,
    phone,
    stage: entry.stage ?? "pre-decision",
  });
  return diagnostics.some((diagnostic) => diagnostic.ruleId === entry.rule);
}

export interface RuleScore {
  rule: string;
  precision: number;
  recall: number;
  misses: CorpusCase[];
  falseAlarms: CorpusCase[];
}

export function scoreCorpus(from: Corpus = corpus): RuleScore[] {
  const rules = [...new Set(from.cases.map((entry) => entry.rule))];
  return rules.map((rule) => {
    let truePositives = 0;
    const misses: CorpusCase[] = [];
    const falseAlarms: CorpusCase[] = [];
    for (const entry of from.cases.filter((candidate) => candidate.rule === rule)) {
      const fired = fires(entry, from);
      if (fired && entry.fire) truePositives++;
      else if (fired) falseAlarms.push(entry);
      else if (entry.fire) misses.push(entry);
    }
    return {
      rule,
      precision: truePositives + falseAlarms.length === 0 ? 1 : truePositives / (truePositives + falseAlarms.length),
      recall: truePositives + misses.length === 0 ? 1 : truePositives / (truePositives + misses.length),
      misses,
      falseAlarms,
    };
  });
}
