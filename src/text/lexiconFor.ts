import { compileLexicon, type CompiledLexicon } from "./lexicon";
import { english } from "./lexicons/en/index";

/** The locales with word classes; the first is the default. */
export const TEXT_LOCALES = ["en"] as const;
export type TextLocale = (typeof TEXT_LOCALES)[number];

const compiled = /* @__PURE__ */ new Map<TextLocale, CompiledLexicon>();

/** A locale's compiled word classes, built on first use and kept (one per locale). */
export function lexiconFor(locale: TextLocale = "en"): CompiledLexicon {
  let lexicon = compiled.get(locale);
  if (lexicon === undefined) {
    lexicon = compileLexicon(english());
    compiled.set(locale, lexicon);
  }
  return lexicon;
}
