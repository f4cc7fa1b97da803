import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SaidWords } from "../../src/text/saidWords";

/** The definition, word by word: what SaidWords answers without comparing every pair. */
function sameWord(said: string, title: string): boolean {
  if (said === title) return true;
  if (said.length >= 3 && title.startsWith(said)) return true;
  return said.length >= 5 && title.length >= 5 && said.slice(0, 5) === title.slice(0, 5) && Math.abs(said.length - title.length) <= 3;
}

const word = fc.stringMatching(/^[abst]{1,10}$/);

describe("SaidWords", () => {
  it.each([
    ["supervisors", "supervisor", true],
    ["physio", "physiotherapist", true],
    ["lab", "laboratory", true],
    ["analytics", "analyst", true],
    ["la", "laboratory", false],
    ["superintendent", "supervisor", false],
    ["driver", "director", false],
  ])("%s names %s: %s", (said, title, expected) => {
    const words = new SaidWords();
    words.add(said);
    expect(words.says(title)).toBe(expected);
  });

  it("answers exactly as comparing the title word with every word said", () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), word, (saidList, title) => {
        const words = new SaidWords();
        for (const said of saidList) words.add(said);
        expect(words.says(title)).toBe(saidList.some((said) => sameWord(said, title)));
      }),
      { numRuns: 2000 },
    );
  });
});
