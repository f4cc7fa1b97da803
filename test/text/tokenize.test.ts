import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lexiconFor } from "../../src/text/lexiconFor";
import type { TrieNode } from "../../src/text/lexicon";
import { type MutableToken, tokenize } from "../../src/text/tokenize";

// The token grammar the hand-written scanner must follow, as a regular expression: the reference.
const REFERENCE = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*['’]?|\?|!|;|:|,|\s[-–—]+\s|[–—]/gu;

/** Each token's span and whether it is a word, the way the scanner reports them (one per span). */
function scanned(text: string, start = 0, end = text.length): string[] {
  const tokens: MutableToken[] = [];
  const steps: (readonly TrieNode[])[] = [];
  tokenize(text, start, end, lexiconFor(), !/[^\0-\x7f]/.test(text), tokens, steps);
  expect(steps).toHaveLength(tokens.length);
  const spans: string[] = [];
  // A contraction is one span read as two words ("don't" → "do", "not"): the span counts once.
  tokens.forEach((token, index) => {
    if (index === 0 || (tokens[index - 1] as MutableToken).start !== token.start) spans.push(`${token.start}-${token.end}:${token.word ? "w" : "m"}`);
  });
  return spans;
}

function expected(text: string, start = 0, end = text.length): string[] {
  const spans: string[] = [];
  REFERENCE.lastIndex = start;
  for (let match = REFERENCE.exec(text); match !== null && match.index < end; match = REFERENCE.exec(text)) {
    const stop = Math.min(match.index + match[0].length, end);
    spans.push(`${match.index}-${stop}:${/^[\p{L}\p{N}]/u.test(match[0]) ? "w" : "m"}`);
  }
  return spans;
}

// Characters that exercise every branch: letters beyond ASCII and beyond the BMP, digits,
// apostrophes of three kinds, dashes, spaces of several kinds, marks, combining accents,
// emoji and a lone surrogate.
const pieces = ["a", "Z", "é", "9", "ʼ", "'", "’", "-", "–", "—", " ", "\u00a0", "\n", "\u2028", "?", "!", ";", ":", ",", ".", "\u0301", "👋", "𝐀", "\ud800", "Ty", "don't", "u"];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(""));

describe("tokenize", () => {
  it("finds exactly the tokens the reference expression finds", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(scanned(text)).toEqual(expected(text));
      }),
    );
  });

  it("cuts a token that runs past the sentence's end, as the reference does", () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const start = text.length === 0 ? 0 : a % (text.length + 1);
        const end = start + (text.length === 0 ? 0 : b % (text.length - start + 1));
        // A sentence starts after a space or a mark, never inside a surrogate pair (where the
        // expression would step back to the pair's start).
        fc.pre(!/[\ud800-\udbff]/.test(text[start - 1] ?? "") || !/[\udc00-\udfff]/.test(text[start] ?? ""));
        expect(scanned(text, start, end)).toEqual(expected(text, start, end));
      }),
    );
  });

  it.each([
    ["I don't know -- maybe", ["0-1:w", "2-7:w", "8-12:w", "12-16:m", "16-21:w"]],
    ["students' work", ["0-9:w", "10-14:w"]],
    ["rock'n'roll—fine", ["0-11:w", "11-12:m", "12-16:w"]],
    ["a–b – c", ["0-1:w", "1-2:m", "2-3:w", "3-6:m", "6-7:w"]],
  ])("%j", (text, spans) => {
    expect(scanned(text)).toEqual(spans);
  });

  it("reads a word met before from the lexicon's table, without a new record", () => {
    const first: MutableToken[] = [];
    const again: MutableToken[] = [];
    tokenize("hello there", 0, 11, lexiconFor(), true, first, []);
    tokenize("there, hello", 0, 12, lexiconFor(), true, again, []);
    expect(again[0]?.source).toBe(first[1]?.source);
    expect(again[2]?.source).toBe(first[0]?.source);
  });
});
