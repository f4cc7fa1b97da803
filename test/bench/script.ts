import Mustache from "mustache";
import { renderScript, scriptTemplates, type ScriptData } from "../../src/index";
import type { BenchSuite } from "./_harness";

const data: ScriptData = {
  candidateName: "Dana Whitfield",
  jobTitle: "Operations Analyst",
  company: "Harbor Freight Lines",
  interviewerName: "Priya Okafor",
  interviewDate: "2026-11-17",
  phone: "+1 212 555 0147",
  topic: "warehouse scheduling",
};
// The same template renderScript uses, and the same values already formatted.
const template = scriptTemplates["call.brief"] as string;
const view = { ...data, greetingName: "Priya", interviewDate: "Tuesday, November 17" };
const identity = (text: string) => text;

export const scriptSuite: BenchSuite = {
  title: "Scripts (issue 4): the call opener, same template and values",
  baselines: {
    "Mustache.render (cached parse, no escaping)": () => Mustache.render(template, view, {}, { escape: identity }),
  },
  cases: [{ name: "renderScript", run: () => renderScript("call", data), target: 2, baseline: "Mustache.render (cached parse, no escaping)" }],
};

if (Mustache.render(template, view, {}, { escape: identity }) !== renderScript("call", data).text) {
  throw new Error("the bench compares different outputs");
}
