// The browser example: the ESM build, bundled for the browser, driving a small form. A
// datetime-local value is read on the interviewer's clock with fromWallClock.
import { bestCallTime, fromWallClock, isFollowUpError, renderScript } from "followup-call";

const field = (id: string) => document.getElementById(id) as HTMLInputElement;
const result = document.getElementById("result") as HTMLElement;
const script = document.getElementById("script") as HTMLElement;

(document.getElementById("form") as HTMLFormElement).addEventListener("submit", (event) => {
  event.preventDefault();
  try {
    const timeZone = field("zone").value;
    const interviewedAt = fromWallClock(field("interview").value, timeZone);
    const caller = field("caller").value;
    // A real page passes new Date(); the example plans as of the interview, so it is reproducible.
    const best = bestCallTime({ interviewedAt, timeZone, now: interviewedAt, ...(caller ? { callerTimeZone: caller } : {}) });
    result.innerHTML = "";
    const line = (id: string, text: string) => {
      const paragraph = document.createElement("p");
      paragraph.id = id;
      paragraph.textContent = text;
      result.append(paragraph);
    };
    line("when", `Call at ${best.atLocal} (the interviewer's clock).`);
    if (best.caller) line("yours", `That is ${best.caller.startLocal} for you.`);
    line("why", best.reasons.map((reason) => reason.message).join(" "));
    script.textContent = renderScript("call", {
      candidateName: field("name").value,
      jobTitle: "Operations Analyst",
      company: "Harbor Freight Lines",
      interviewerName: field("interviewer").value,
      interviewDate: interviewedAt,
      timeZone,
      phone: "+1 212 555 0147",
    }).text;
  } catch (error) {
    if (!isFollowUpError(error)) throw error;
    result.innerHTML = "";
    const paragraph = document.createElement("p");
    paragraph.className = "error";
    paragraph.id = "error";
    paragraph.textContent = error.message;
    result.append(paragraph);
  }
});
