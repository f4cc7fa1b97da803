import { isInsideValue } from "../validate/_reviewedText";
import { defineRule } from "./defineRule";

// Template leftovers, found in the original text (case matters for INSERT and XX).
const PLACEHOLDERS: readonly RegExp[] = [
  /\{\{[^{}\n]{0,60}\}\}/g,
  /\{[A-Za-z_][\w ]{0,40}\}/g,
  /\[[^\[\]\n]{1,40}\]/g,
  /<[A-Za-z][^<>\n]{0,40}>/g,
  /\(\s*(?:[._*\-]\s*){3,}\)/g,
  /_{3,}/g,
  /(?<![A-Za-z])(?:[Xx]{2,}(?:[-/.][Xx]{2,})*|[Xx]{3,})(?![A-Za-z])/g,
  /\bINSERT(?: [A-Z]+)+\b|\b[A-Z]+ HERE\b/g,
];

/** Derived: a script must not go out with template blanks in it. */
export default defineRule({
  id: "no-placeholders",
  meta: {
    description: "Fill in every blank: no [your name], (....), {{x}} or ___ left in the text.",
    defaultSeverity: "error",
    sources: [],
    derived: true,
    scope: "text",
    messages: { found: "\"{{words}}\" looks like a blank from a template; fill it in before you call." },
  },
  check(context) {
    for (const reviewed of context.texts) {
      const found: { start: number; end: number }[] = [];
      for (const pattern of PLACEHOLDERS) {
        pattern.lastIndex = 0;
        for (const match of reviewed.text.matchAll(pattern)) {
          const start = match.index;
          const end = start + match[0].length;
          if (found.some((earlier) => start < earlier.end && earlier.start < end)) continue;
          if (isInsideValue(reviewed, start, end)) continue;
          found.push({ start, end });
        }
      }
      for (const { start, end } of found.sort((a, b) => a.start - b.start)) {
        context.report({ messageId: "found", data: { words: reviewed.text.slice(start, end) }, path: reviewed.path, span: { start, end } });
      }
    }
  },
});
