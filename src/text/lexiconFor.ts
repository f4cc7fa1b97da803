import { compileLexicon, type CompiledLexicon, type LocaleData } from "./lexicon";
import { english } from "./lexicons/en/index";

/** The locales with word classes: a new language is a folder under lexicons/ and a line here. */
const LOCALES: Readonly<Record<string, () => LocaleData>> = { en: english };

/** The locales the content rules can read; the first is the default. */
export const TEXT_LOCALES: readonly string[] = Object.keys(LOCALES);

const compiled = /* @__PURE__ */ new Map<string, CompiledLexicon>();

/** A locale's compiled word classes, built on first use and kept (one per locale); unknown locales read as English. */
export function lexiconFor(locale = "en"): CompiledLexicon {
  const key = Object.hasOwn(LOCALES, locale) ? locale : "en";
  let lexicon = compiled.get(key);
  if (lexicon === undefined) {
    lexicon = compileLexicon((LOCALES[key] as () => LocaleData)());
    compiled.set(key, lexicon);
  }
  return lexicon;
}
