/**
 * English: spellings, contractions, calendar words and word classes. Pure data; the analysis
 * reads it through `compileLexicon`. Another locale is another folder of the same shape.
 */
import type { LocaleData } from "../../lexicon";
// Apart from the rest, so the scripts can keep an abbreviation's stop without the whole locale.
import { abbreviations } from "./abbreviations.json";
import calendar from "./calendar.json";
import { CLASSES } from "./classes.generated";
import locale from "./locale.json";
import { unpackModels } from "../../model";
// Named imports, so bundlers leave out the file's training note.
import { features, rules, scale } from "./model.json";

/** The English locale's data (built on call, so bundles that never analyse text drop all of it). */
export function english(): LocaleData {
  return { ...locale, abbreviations, classes: CLASSES, calendar, model: unpackModels({ features, rules, scale }) };
}
