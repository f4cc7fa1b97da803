import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { namesTheWork, saysTitleWord } from "../../src/text/titleWord";

/** The definition, with slices: what saysTitleWord answers without allocating. */
function sameWord(said: string, title: string): boolean {
  if (said === title) return true;
  if (said.length >= 3 && title.startsWith(said)) return true;
  return said.length >= 5 && title.length >= 5 && said.slice(0, 5) === title.slice(0, 5) && Math.abs(said.length - title.length) <= 3;
}

describe("saysTitleWord", () => {
  it.each([
    ["supervisors", "supervisor", true],
    ["physio", "physiotherapist", true],
    ["lab", "laboratory", true],
    ["analytics", "analyst", true],
    ["office", "officer", true],
    ["la", "laboratory", false],
    ["superintendent", "supervisor", false],
    ["driver", "director", false],
  ])("%s names %s: %s", (said, title, expected) => {
    expect(saysTitleWord(said, title)).toBe(expected);
  });

  it.each([
    ["fellowship", "fellow", ["ship"], true],
    ["internship", "intern", ["ship"], true],
    ["fellowship", "fellow", [], false],
    ["fellowships", "fellow", ["ship"], false],
  ])("%s names %s with the post endings %j: %s", (said, title, postEndings, expected) => {
    expect(saysTitleWord(said, title, { postEndings, doerEndings: [], activityEndings: [] })).toBe(expected);
  });

  const work = { postEndings: [], doerEndings: ["er", "or"], activityEndings: ["ing"] };
  it.each([
    ["rigging", "rigger", true],
    ["welding", "welder", true],
    ["baking", "baker", true],
    ["driving", "driver", true],
    ["roofing", "roofer", true],
    ["operating", "operator", true],
    ["fitting", "fitter", true],
    // Not the same stem, or too short a stem to tell.
    ["ringing", "rigger", false],
    ["icing", "icer", false],
    ["riggings", "rigger", false],
    ["rigger", "rigging", false],
  ])("%s names %s as the work done: %s", (said, title, expected) => {
    expect(namesTheWork(said, title, work)).toBe(expected);
    // Not by saysTitleWord, whatever the endings: "waiting" must not name a "Waiter" job anywhere in a text.
    expect(saysTitleWord(said, title, work)).toBe(sameWord(said, title));
  });

  it("answers exactly as the definition", () => {
    const word = fc.stringMatching(/^[abst]{1,10}$/);
    fc.assert(
      fc.property(word, word, (said, title) => {
        expect(saysTitleWord(said, title)).toBe(sameWord(said, title));
      }),
      { numRuns: 5000 },
    );
  });
});
