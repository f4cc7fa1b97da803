import { readFileSync } from "node:fs";
import { lintScript, type ConversationStage, type ScriptKind } from "../../src/index";

/** The "never say" rules, scored on every sentence and every script (cross-rule false positives count). */
export const NEVER_SAY = ["no-asking-about-candidates", "no-asking-for-decision", "no-questioning-delay", "no-complaining"] as const;
/** The presence rules, scored on whole scripts: does the "missing" warning fire exactly when the element is missing? */
export const PRESENCE = ["identify-yourself", "mention-role-and-date", "ask-if-good-time", "say-thank-you", "reaffirm-interest", "leave-contact-details"] as const;

export interface SentenceItem {
  readonly id: string;
  readonly text: string;
  readonly labels: readonly string[];
  readonly stage?: ConversationStage;
  readonly register?: string;
}

export interface ScriptItem {
  readonly id: string;
  readonly kind: ScriptKind;
  readonly stage?: ConversationStage;
  readonly context: {
    readonly candidateName: string;
    readonly jobTitle: string;
    readonly company: string;
    readonly interviewerName: string;
    readonly phone: string;
    readonly timeZone: string;
    readonly interviewDate: string;
    readonly callAt: string;
    readonly topics: readonly string[];
  };
  readonly text: string;
  /** Element → whether a careful reader found it in the script. */
  readonly present: Readonly<Record<string, boolean>>;
  readonly neverSay: readonly string[];
}

export interface CorpusSet {
  readonly file: string;
  readonly type: "sentences" | "scripts";
  readonly role: "training" | "held-out";
  readonly note: string;
}

const CORPORA = new URL("../fixtures/corpora/", import.meta.url);

export function readManifest(): readonly CorpusSet[] {
  return (JSON.parse(readFileSync(new URL("manifest.json", CORPORA), "utf8")) as { sets: CorpusSet[] }).sets;
}

export function readLines<T>(file: string): T[] {
  return readFileSync(new URL(file, CORPORA), "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as T);
}

export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  readonly misses: string[];
  readonly falseAlarms: string[];
}

export interface Score {
  readonly rule: string;
  readonly precision: number;
  readonly recall: number;
  readonly tally: Tally;
}

function emptyTally(): Tally {
  return { truePositives: 0, falsePositives: 0, falseNegatives: 0, misses: [], falseAlarms: [] };
}

function count(tally: Tally, wanted: boolean, fired: boolean, label: string): void {
  if (wanted && fired) tally.truePositives++;
  else if (fired) {
    tally.falsePositives++;
    tally.falseAlarms.push(label);
  } else if (wanted) {
    tally.falseNegatives++;
    tally.misses.push(label);
  }
}

function toScores(tallies: Map<string, Tally>): Score[] {
  return [...tallies].map(([rule, tally]) => ({
    rule,
    precision: tally.truePositives + tally.falsePositives === 0 ? 1 : tally.truePositives / (tally.truePositives + tally.falsePositives),
    recall: tally.truePositives + tally.falseNegatives === 0 ? 1 : tally.truePositives / (tally.truePositives + tally.falseNegatives),
    tally,
  }));
}

/** Every sentence linted alone; every never-say rule scored on every sentence. */
export function scoreSentences(items: readonly SentenceItem[]): Score[] {
  const tallies = new Map<string, Tally>(NEVER_SAY.map((rule) => [rule, emptyTally()]));
  for (const item of items) {
    const fired = new Set(lintScript(item.text, { stage: item.stage ?? "pre-decision" }).map((diagnostic) => diagnostic.ruleId));
    for (const rule of NEVER_SAY) count(tallies.get(rule) as Tally, item.labels.includes(rule), fired.has(rule), `${item.id}: ${item.text}`);
  }
  return toScores(tallies);
}

/** Every script linted with its context and the moment of the call; presence and never-say rules scored. */
/** The presence rules that apply only while the employer is deciding (their `stages` in src/rules). */
const ONLY_BEFORE_THE_DECISION: ReadonlySet<string> = new Set(["mention-role-and-date", "ask-if-good-time", "reaffirm-interest"]);

export function scoreScripts(items: readonly ScriptItem[]): Score[] {
  const tallies = new Map<string, Tally>([...PRESENCE, ...NEVER_SAY].map((rule) => [rule, emptyTally()]));
  for (const item of items) {
    const { context } = item;
    const fired = new Set(
      lintScript(item.text, {
        kind: item.kind,
        stage: item.stage ?? "pre-decision",
        candidateName: context.candidateName,
        jobTitle: context.jobTitle,
        company: context.company,
        interviewerName: context.interviewerName,
        interviewDate: context.interviewDate,
        timeZone: context.timeZone,
        at: context.callAt,
        topics: [...context.topics],
        phone: context.phone,
      }).map((diagnostic) => diagnostic.ruleId),
    );
    for (const rule of PRESENCE) {
      if (!(rule in item.present)) continue;
      // The writers marked each element present or not whatever the stage; after an offer or a
      // rejection these are not asked for (no "still interested" after a no, no re-introducing
      // the job they just called about), so their absence is not a miss there.
      if ((item.stage ?? "pre-decision") !== "pre-decision" && ONLY_BEFORE_THE_DECISION.has(rule)) continue;
      count(tallies.get(rule) as Tally, item.present[rule] === false, fired.has(rule), `${item.id}: ${item.text}`);
    }
    for (const rule of NEVER_SAY) count(tallies.get(rule) as Tally, item.neverSay.includes(rule), fired.has(rule), `${item.id}: ${item.text}`);
  }
  return toScores(tallies);
}
