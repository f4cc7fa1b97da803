/**
 * Word counting for spoken length (keep-it-brief) and rendered scripts. Everything else the
 * content rules need comes from the one analysis pass in src/text.
 */

/** A calm speaking pace for a phone call (derived): spoken length is words at this rate. */
export const WORDS_PER_MINUTE = 150;

/** Where a word count stands after a piece of text: how many words, and whether a word is still open. */
export interface WordScan {
  readonly count: number;
  readonly inWord: boolean;
}

/**
 * Counts words the way a reader does: runs of letters and digits, with an apostrophe or
 * hyphen inside a word keeping it one word ("don't", "follow-up"). `inWord` carries the state
 * across pieces of one text, so pieces can be counted apart and added up. A plain character
 * loop: a regex with one match per word costs several times more.
 */
export function scanWords(text: string, inWordAtStart = false): WordScan {
  let count = 0;
  let inWord = inWordAtStart;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    const kind = code < 128 ? (ASCII_KIND[code] as number) : isNonWordSymbol(code) ? (code === 0x2019 ? JOINER : OTHER) : LETTER;
    if (kind === LETTER) {
      if (!inWord) count++;
      inWord = true;
    } else {
      inWord = inWord && kind === JOINER;
    }
  }
  return { count, inWord };
}

const OTHER = 0;
const LETTER = 1;
const JOINER = 2;
// Per ASCII code: a letter or digit, an apostrophe or hyphen (joins a word), or anything else.
const ASCII_KIND = /* @__PURE__ */ (() => {
  const kinds = new Uint8Array(128);
  for (let code = 0; code < 128; code++) {
    const char = String.fromCharCode(code);
    kinds[code] = /[A-Za-z0-9]/.test(char) ? LETTER : char === "'" || char === "-" ? JOINER : OTHER;
  }
  return kinds;
})();

/** Words in a text, the way a reader counts them. */
export function countWords(text: string): number {
  return scanWords(text).count;
}

/** Spaces, dashes, quotes and other punctuation above ASCII that never start a word. */
function isNonWordSymbol(code: number): boolean {
  return code === 0xa0 || (code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x303f) || code === 0xab || code === 0xbb || code === 0xbf || code === 0xa1;
}
