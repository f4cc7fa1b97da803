import { describe, expect, it } from "vitest";
import { readItems, scriptNegatives, trainingItems } from "../../scripts/train-classifier";

describe("what the model trains on", () => {
  it("takes every sentence of a script judged free of all labels as a negative, and nothing from a labelled script", () => {
    const negatives = scriptNegatives("scripts-heldout-17.jsonl");
    expect(negatives.length).toBeGreaterThan(200);
    expect(negatives.every((item) => item.labels.length === 0)).toBe(true);
    // Round 17's script h17s-042 asks about the other candidates: none of its sentences may appear.
    expect(negatives.some((item) => item.text.includes("how many of us are still being considered"))).toBe(false);
    expect(negatives.some((item) => item.text.startsWith("Hi Ken, it's Chloe Russo."))).toBe(true);
  });

  it("leaves a held-out round out whole: its sentences and its scripts", () => {
    const all = trainingItems();
    const without = trainingItems("sentences-heldout-17.jsonl");
    const roundSentences = readItems("sentences-heldout-17.jsonl").length;
    const roundScriptSentences = scriptNegatives("scripts-heldout-17.jsonl").length;
    expect(all.length - without.length).toBe(roundSentences + roundScriptSentences);
  });
});
