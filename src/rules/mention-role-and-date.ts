import { describeInterviewDay, mentionsInterviewDay } from "../validate/_dateMentions";
import { containsPhrase, normalizeForMatching, squashSpaces } from "../validate/_text";
import { presenceRule } from "./_presenceRule";

/** S2: name the job and when you interviewed. */
export default /* @__PURE__ */ presenceRule({
  id: "mention-role-and-date",
  meta: {
    description: "Name the job you interviewed for and when the interview was.",
    defaultSeverity: "warning",
    sources: ["rednax", "monster", "chulaw"],
    derived: false,
    scope: "text",
    messages: {
      missingRole: "The text does not name the job ({{jobTitle}}).",
      missingDate: "The text does not say when you interviewed ({{date}}).",
      missingBoth: "The text names neither the job ({{jobTitle}}) nor when you interviewed ({{date}}).",
    },
  },
  kinds: ["call", "voicemail", "follow-up-email"],
  missing(reviewed) {
    const { jobTitle, interviewDay } = reviewed.facts;
    const text = reviewed.squashed;
    const roleMissing = jobTitle !== undefined && !containsPhrase(text, squashSpaces(normalizeForMatching(jobTitle)).trim());
    const dateMissing = interviewDay !== undefined && !mentionsInterviewDay(reviewed.normalized, interviewDay);
    if (!roleMissing && !dateMissing) return undefined;
    const messageId = roleMissing && dateMissing ? "missingBoth" : roleMissing ? "missingRole" : "missingDate";
    const date = interviewDay === undefined ? "" : describeInterviewDay(interviewDay);
    return { messageId, data: { jobTitle: jobTitle ?? "", date }, suggestion: `Say "I interviewed for the ${jobTitle ?? "…"} role on ${date || "…"}".` };
  },
});
