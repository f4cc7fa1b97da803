import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateLexiconModule, lexiconLocales } from "../../.ci/build-lexicons.mjs";
import { analyzeText } from "../../src/text/analyzeText";
import { compileLexicon, PHRASE_SEPARATOR, patternProblems, STRUCTURE, type LexiconClassData } from "../../src/text/lexicon";
import { english } from "../../src/text/lexicons/en/index";

/**
 * Generated from the data: every entry of every word class must be well formed, must fire on
 * its own example sentence, and every phrase in it must be reachable (a phrase that the
 * normaliser can never produce, such as "can't" instead of "can not", fails here).
 */
const folder = new URL("../../src/text/lexicons/en/classes/", import.meta.url);
const data: Record<string, LexiconClassData> = Object.fromEntries(
  readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .map((name) => [name.replace(/\.json$/, ""), JSON.parse(readFileSync(new URL(name, folder), "utf8")) as LexiconClassData]),
);
const lexicon = compileLexicon(english());

function hitsEntry(text: string, className: string, entryIndex: number): boolean {
  return analyzeText(text, lexicon).sentences.some((sentence) =>
    sentence.clauses.some((clause) => clause.hits.some((hit) => hit.className === className && hit.entryIndex === entryIndex)),
  );
}

/**
 * Readings of a phrase that together use every alternative once: for each position and each of
 * its alternatives, that alternative there and the first alternative everywhere else ("_"
 * stands for any word).
 */
function readings(phrase: string): string[] {
  const positions = phrase.split(" ").map((position) => (position === "_" ? ["something"] : position.split("|").map((alternative) => alternative.replace(/\*$/, ""))));
  const base = positions.map((alternatives) => alternatives[0] as string);
  const all = new Set<string>([base.join(" ")]);
  positions.forEach((alternatives, at) => {
    for (const alternative of alternatives) all.add(base.map((word, index) => (index === at ? alternative : word)).join(" "));
  });
  return [...all];
}

const entries = Object.entries(data).flatMap(([className, classData]) =>
  classData.entries.map((entry, index) => [`${className} #${index}: ${entry.match.slice(0, 60)}`, className, index, entry] as const),
);

describe("English word classes", () => {
  it("ships exactly the patterns of the data files (run `npm run lexicons` after editing them)", () => {
    for (const locale of lexiconLocales()) {
      const onDisk = readFileSync(new URL(`../../src/text/lexicons/${locale}/classes.generated.ts`, import.meta.url), "utf8");
      expect(onDisk).toBe(generateLexiconModule(locale));
    }
  });

  it("has every class the analysis and the rules read, each described", () => {
    for (const name of [
      "negator",
      "question-word",
      "question-word-weak",
      "aux",
      "subject",
      "opener",
      "ask-marker",
      "clause-break",
      "clause-break-after-comma",
      "relative-after-comma",
      "telling-start",
    ]) {
      expect(data[name], name).toBeDefined();
    }
    for (const [name, classData] of Object.entries(data)) expect(classData.description.length, name).toBeGreaterThan(10);
  });

  it("names only classes that exist where the locale and the analysis list classes", () => {
    for (const name of english().unmodelledClasses) expect(data[name], name).toBeDefined();
    for (const name of Object.keys(STRUCTURE)) expect(data[name], name).toBeDefined();
  });

  it("keeps the title lists consistent: every rank is a modifier, every title synonym a phrase of lower-case words", () => {
    const locale = english();
    for (const rank of locale.titleRanks) expect(locale.titleModifiers, rank).toContain(rank);
    for (const [phrase, others] of Object.entries(locale.titleSynonyms)) {
      for (const words of [phrase, ...others]) expect(words, phrase).toMatch(/^[a-z0-9]+(?: [a-z0-9]+)*$/);
    }
  });

  it.each(entries)("%s fires on its example and every alternative is reachable", (_name, className, index, entry) => {
    expect(patternProblems(entry.match)).toEqual([]);
    expect(hitsEntry(entry.example, className, index), `example: ${entry.example}`).toBe(true);
    for (const phrase of entry.match.split(PHRASE_SEPARATOR)) {
      for (const reading of readings(phrase)) expect(hitsEntry(reading, className, index), `phrase: ${phrase} (read as "${reading}")`).toBe(true);
    }
  });
});

describe("words kept out of a class", () => {
  // Entries narrowed after a held-out round: each line fails if the class takes the words again.
  it.each([
    ["The start date moved, and nobody's bothered to say why.", "delay"],
    ["I am waiting your reply.", "delay"],
  ])("%j holds no %s", (text, className) => {
    const hits = analyzeText(text, lexicon).sentences.flatMap((sentence) => sentence.clauses.flatMap((clause) => clause.hits));
    expect(hits.map((hit) => hit.className)).not.toContain(className);
  });
});
