import { textsOf } from "./engine/ruleInputs";
import { isInsideValue } from "../text/reviewedText";
import { defineRule } from "./defineRule";

// Template leftovers, found in the original text (case matters for INSERT and XX).
const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  /\{\{[^{}\n]{0,60}\}\}/g,
  /\{[A-Za-z_][\w ]{0,40}\}/g,
  /\[(?!(?:pause|beat|breathe|smile|laugh|laughs|wait|listen|silence)\])[^[\]\n]{1,40}\]/g,
  /\((?:your|their|the|his|her|interviewer'?s?|hiring manager'?s?|company'?s?|candidate'?s?|recruiter'?s?)? ?(?:full )?(?:name|date|company|role|job title|title|number|phone number|phone|position|email|e-mail)\)/gi,
  /<[A-Za-z][^<>@:\n]{0,40}>/g,
  /\(\s*(?:[._*-]\s*){3,}\)/g,
  /_{3,}/g,
  /\b[Xx]{2,}(?:[-/.][Xx]{2,})*\b/g,
  /\bINSERT(?: [A-Z]+)+\b|\b[A-Z]+ HERE\b/g,
];
// One pass over the text: the leftmost blank wins where two patterns overlap.
const PLACEHOLDERS = /* @__PURE__ */ combinePatterns();

function combinePatterns(): RegExp {
  return new RegExp(PLACEHOLDER_PATTERNS.map((pattern) => `(?:${pattern.source})`).join("|"), "g");
}
// Every pattern starts with one of these: most scripts have none, and this scan is cheaper.
const MIGHT_HAVE_PLACEHOLDER = /[{[<(_]|[Xx]{2}|INSERT|[A-Z] HERE/;

/** Derived: a script must not go out with template blanks in it. */
export default /* @__PURE__ */ defineRule({
  id: "no-placeholders",
  meta: {
    description: "Fill in every blank: no [your name], (....), {{x}} or ___ left in the text.",
    defaultSeverity: "error",
    sources: [],
    derived: true,
    scope: "text",
    messages: { found: '"{{words}}" looks like a blank from a template; fill it in before you call.' },
  },
  check(context) {
    for (const reviewed of textsOf(context)) {
      if (!MIGHT_HAVE_PLACEHOLDER.test(reviewed.text)) continue;
      // Blanks a few characters apart are one blank: "(___) ___-____" is one missing number.
      const blanks: { start: number; end: number }[] = [];
      for (const match of reviewed.text.matchAll(PLACEHOLDERS)) {
        const start = match.index;
        const end = start + match[0].length;
        if (isInsideValue(reviewed, start, end)) continue;
        const last = blanks[blanks.length - 1];
        if (last !== undefined && start - last.end <= 2) last.end = end;
        else blanks.push({ start, end });
      }
      for (const { start, end } of blanks) {
        context.report({ messageId: "found", data: { words: reviewed.text.slice(start, end) }, path: reviewed.path, span: { start, end } });
      }
    }
  },
});
