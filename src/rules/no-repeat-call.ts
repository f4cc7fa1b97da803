import { planOf } from "./engine/ruleInputs";
import { BoundedCache } from "../internal/boundedCache";
import { describeDay } from "../time/civil";
import { toLocal } from "../time/zonedTime";
import { toE164 } from "../phone/phoneNumbers";
import { employerNewsAt } from "../timing/employerContact";
import { defineRule } from "./defineRule";
import nameTitles from "../text/nameTitles.json";

// The same titles a script greets by: "Priya" and "Dr Priya Okafor" are one person. Built on
// first use: a set built at import from the JSON would keep the list in bundles without this rule.
let titles: ReadonlySet<string> | undefined;

function nameTitleSet(): ReadonlySet<string> {
  titles ??= new Set(nameTitles.titles);
  return titles;
}

const nameWordCache = /* @__PURE__ */ new BoundedCache<string, readonly string[]>(1_024);

function nameWords(name: string): readonly string[] {
  const cached = nameWordCache.get(name);
  if (cached !== undefined) return cached;
  const words = name
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter((word) => word.length > 0 && !nameTitleSet().has(word));
  return nameWordCache.set(name, words);
}

/** "Priya" and "Ms Priya Okafor" are the same person: the shorter name's words are all in the longer. */
function samePerson(a: string, b: string): boolean {
  const [shorter, longer] = [nameWords(a), nameWords(b)].sort((x, y) => x.length - y.length) as [readonly string[], readonly string[]];
  return shorter.length > 0 && shorter.every((word) => longer.includes(word));
}

/** C5, C6, T3: call once; after that, follow up in writing. */
export default /* @__PURE__ */ defineRule({
  id: "no-repeat-call",
  meta: {
    description: "Call once; if that does not settle things, follow up in writing, not with another call.",
    defaultSeverity: "error",
    sources: ["rednax", "monster"],
    derived: false,
    messages: {
      repeat: "You already {{how}} {{name}} on {{date}}; a second call reads as pressure.",
    },
  },
  check(context) {
    const plan = planOf(context);
    if (plan === undefined || !plan.history) return;
    const zone = plan.interview.timeZone;
    const callDay = toLocal(plan.call.at, zone).day;
    const calledNumber = toE164(plan.call.to.number, plan.region);
    const reachesCallee = (entry: NonNullable<typeof plan.history>[number]) => {
      const name = entry.to?.name;
      const number = entry.to?.number;
      const toInterviewer = name === undefined && number === undefined;
      const sameName = samePerson(toInterviewer ? plan.interview.interviewerName : (name ?? ""), plan.call.to.name);
      return sameName || (number !== undefined && calledNumber !== undefined && toE164(number, plan.region) === calledNumber);
    };
    // T3: a call on a day the employer asked for is never a repeat call: the plan's callback
    // date, or one this same person asked for during an earlier contact.
    // After an offer or a rejection, calls made before their news do not make this one a repeat.
    const newsAt = employerNewsAt({ ...plan, interviewMs: plan.interview.at }, plan.call.at);
    const askedForToday = plan.callbackRequestedOn === callDay || plan.history.some((entry) => entry.callbackRequestedOn === callDay && reachesCallee(entry));
    if (askedForToday) return;
    plan.history.forEach((entry, index) => {
      if ((entry.channel !== "call" && entry.channel !== "voicemail") || entry.at >= plan.call.at) return;
      if (newsAt !== undefined && entry.at <= newsAt) return;
      if (!reachesCallee(entry)) return;
      const name = entry.to?.name;
      const number = entry.to?.number;
      const toInterviewer = name === undefined && number === undefined;
      const entryDay = toLocal(entry.at, zone).day;
      context.report({
        messageId: "repeat",
        data: {
          how: entry.channel === "voicemail" || entry.outcome === "voicemail" ? "left a voicemail for" : "called",
          name: toInterviewer ? plan.interview.interviewerName : (name ?? number ?? plan.call.to.name),
          date: describeDay(entryDay),
        },
        path: ["history", index],
        suggestion: `Send a short follow-up email around ${describeDay(entryDay + 7)}, a week after that call, instead of calling again.`,
      });
    });
  },
});
