import { Command, CommanderError, Option } from "commander";
import { FollowUpInputError, TemplateError } from "../errors";
import { fromWallClock } from "../fromWallClock";
import { publicHolidays, usualWorkingDays } from "../holidays/publicHolidays";
import { planFollowUp } from "../plan/planFollowUp";
import { SCRIPT_KINDS, type CallPlan, type FollowUpInput, type ScriptKind } from "../schemas";
import { renderScript, type ScriptData, type ScriptVariant } from "../script/renderScript";
import type { Diagnostic } from "../types";
import { ruleCatalog } from "../validate/ruleCatalog";
import { validateCallPlan } from "../validate/validateCallPlan";
import { colorsFor, type Colors } from "./colors";
import type { CliIo } from "./io";
import { stylish, type FileReport } from "./stylish";

/** Exit codes: 0 fine, 1 the plans break an error-level rule, 2 the input could not be used. */
export const EXIT = Object.freeze({ ok: 0, problems: 1, badInput: 2 });

/** Thrown inside a command for input the CLI cannot use; printed without a stack trace. */
class UsageError extends Error {}

const OFFSET = /(?:[zZ]|[+-]\d{2}:?\d{2})$/;

/** An instant from the command line: ISO with an offset, or a wall-clock time read in `zone`. */
function instantArg(value: string, zone: string, option: string): string {
  if (OFFSET.test(value)) return value;
  try {
    return fromWallClock(value, zone);
  } catch (error) {
    if (error instanceof FollowUpInputError) {
      const flag = error.issues[0]?.path[0] === "timeZone" ? "--zone" : option;
      throw new UsageError(`${flag}: ${error.issues[0]?.message ?? error.message}`);
    }
    throw error;
  }
}

/**
 * `lint`'s `--now`: a moment with its UTC offset. Unlike `plan`, which reads a bare time in
 * `--zone`, `lint` checks plans that may each be in another zone, so there is no zone to read it in.
 */
function lintMomentArg(value: string): string {
  if (!OFFSET.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`--now: ${JSON.stringify(value.slice(0, 80))} is not a moment with its UTC offset, like 2026-11-17T10:00:00-05:00 (lint reads plans in their own zones)`);
  }
  return value;
}

function list(value: string): string[] {
  return value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function hoursArg(value: string): { start: string; end: string } {
  const match = /^(\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(value.trim());
  if (!match) throw new UsageError(`--hours: "${value}" is not a range like 09:00-17:00`);
  return { start: match[1] as string, end: match[2] as string };
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON (${error instanceof Error ? error.message : "parse error"})`);
  }
}

function readInput(io: CliIo, file: string): string {
  try {
    return io.readInput(file);
  } catch (error) {
    throw new UsageError(`${file}: cannot be read (${error instanceof Error ? error.message.split("\n")[0] : "read error"})`);
  }
}

function describeError(error: unknown, colors: Colors): string {
  if (error instanceof FollowUpInputError) {
    const issues = error.issues.map((issue) => `  - ${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${issue.message}`);
    return `${colors.red("error")} ${error.message.split("\n")[0]}\n${issues.join("\n")}\n`;
  }
  if (error instanceof TemplateError || error instanceof UsageError) return `${colors.red("error")} ${error.message}\n`;
  throw error;
}

function clock(at: Date | undefined, local: string | undefined): string {
  return local ?? (at ? at.toISOString() : "");
}

interface PlanOptions {
  interview: string;
  zone: string;
  callerZone?: string;
  hours?: string;
  days?: string;
  holidays?: string;
  country?: string;
  region?: string;
  callback?: string;
  now?: string;
  thanked?: string;
  history?: string;
  json?: boolean;
}

function planCommand(io: CliIo, colors: Colors, options: PlanOptions, now: () => Date): number {
  const history = options.history === undefined ? undefined : parseJson(readInput(io, options.history), options.history);
  const input: FollowUpInput = {
    interviewedAt: instantArg(options.interview, options.zone, "--interview"),
    timeZone: options.zone,
    now: options.now === undefined ? now() : instantArg(options.now, options.zone, "--now"),
    ...(options.callerZone ? { callerTimeZone: options.callerZone } : {}),
    ...(options.hours || options.days
      ? {
          workingHours: {
            ...(options.hours ? hoursArg(options.hours) : {}),
            ...(options.days ? { days: list(options.days).map(Number) } : {}),
          },
        }
      : {}),
    ...(options.holidays ? { holidays: list(options.holidays) } : {}),
    ...(options.callback ? { callbackRequestedOn: options.callback } : {}),
    ...(options.thanked ? { thankYouEmailSentAt: instantArg(options.thanked, options.zone, "--thanked") } : {}),
    ...(history !== undefined ? { history: history as FollowUpInput["history"] } : {}),
  };
  const interviewMs = Date.parse(input.interviewedAt as string);
  // An unreadable interview time is left for planFollowUp to report.
  if (options.country !== undefined && Number.isFinite(interviewMs)) {
    // The country's holidays over the next year from the interview, and its usual week when
    // the days were not given.
    const start = new Date(interviewMs - 86_400_000).toISOString().slice(0, 10);
    const end = new Date(interviewMs + 366 * 86_400_000).toISOString().slice(0, 10);
    const listed = publicHolidays({ country: options.country, ...(options.region ? { region: options.region } : {}), from: start, to: end });
    const week = options.days === undefined ? usualWorkingDays(options.country) : undefined;
    Object.assign(input, {
      holidays: [...(input.holidays ?? []), ...listed],
      ...(week ? { workingHours: { ...input.workingHours, days: [...week] } } : {}),
    });
  }
  let plan: ReturnType<typeof planFollowUp>;
  try {
    plan = planFollowUp(input);
  } catch (error) {
    if (!(error instanceof FollowUpInputError)) throw error;
    // Name the flags, not the library's field paths.
    throw new UsageError(
      error.issues
        .map((issue) => {
          const [field, inner, ...rest] = issue.path.map(String);
          const flag = field === "workingHours" ? (inner === "days" ? "--days" : "--hours") : (FLAG_FOR_PLAN_FIELD[field ?? ""] ?? field ?? "input");
          const where = (field === "workingHours" ? rest : [inner, ...rest]).filter((part) => part !== undefined);
          return `${flag}${where.length > 0 ? ` (${where.join(".")})` : ""}: ${issue.message}`;
        })
        .join("\n  "),
    );
  }
  if (options.json) {
    io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
    return EXIT.ok;
  }
  const lines = [colors.bold(`Follow-up plan (interviewer's clock: ${plan.timeZone}${options.callerZone ? `; yours: ${options.callerZone}` : ""})`), ""];
  for (const step of plan.steps) {
    const status = step.status === "due" ? colors.green(step.status) : step.status === "done" ? colors.dim(step.status) : step.status;
    const when = clock(step.at, step.atLocal);
    const yours = step.caller ? `  ${colors.cyan(`you: ${step.caller.startLocal}`)}` : "";
    const script = step.script ? colors.dim(`  script: ${step.script.kind} (${step.script.variant})`) : "";
    lines.push(`  ${status.padEnd(10)} ${step.kind.padEnd(18)} ${when}${yours}${script}`);
    const first = step.reasons[0];
    if (first) lines.push(`  ${" ".repeat(30)}${colors.dim(first.message)}`);
    if (step.late) {
      const late = step.reasons.find((reason) => reason.basis === "within-two-weeks" || reason.basis === "honor-callback-date");
      lines.push(`  ${" ".repeat(30)}${colors.yellow(`late: ${late?.message ?? "the usual dates have passed"}`)}`);
    }
  }
  io.stdout(`${lines.join("\n")}\n`);
  return EXIT.ok;
}

interface LintOptions {
  format: "stylish" | "json";
  now?: string;
}

function lintCommand(io: CliIo, colors: Colors, files: readonly string[], options: LintOptions, now: () => Date): number {
  // As `plan` does, the command line lints as of the clock unless told otherwise, so a call
  // planned for a day already gone is reported (the library itself never reads the clock).
  const asOf = options.now === undefined ? now() : lintMomentArg(options.now);
  const reports: (FileReport & { valid: boolean })[] = [];
  // Like ESLint: a file that cannot be read or checked is reported, and the others still are.
  let unusable = false;
  for (const file of files) {
    let plans: unknown[];
    try {
      const parsed = parseJson(readInput(io, file), file);
      plans = Array.isArray(parsed) ? parsed : [parsed];
    } catch (error) {
      io.stderr(describeError(error, colors));
      unusable = true;
      continue;
    }
    plans.forEach((plan, index) => {
      const name = plans.length > 1 ? `${file}[${index}]` : file;
      try {
        const report = validateCallPlan(plan as CallPlan, { now: asOf });
        reports.push({ file: name, diagnostics: report.diagnostics as readonly Diagnostic[], valid: report.valid });
      } catch (error) {
        if (!(error instanceof FollowUpInputError)) throw error;
        // A moment the library refuses (a year out of range) is the command line's, not the file's.
        if (error.issues.every((issue) => issue.path[0] === "now")) throw new UsageError(`--now: ${error.issues[0]?.message ?? error.message}`);
        io.stderr(describeError(new FollowUpInputError(error.issues, `${name}: ${error.message.split("\n")[0]}`), colors));
        unusable = true;
      }
    });
  }
  if (reports.length === 0 && unusable) return EXIT.badInput;
  if (options.format === "json") {
    io.stdout(
      `${JSON.stringify(
        reports.map(({ file, valid, diagnostics }) => ({ file, valid, diagnostics })),
        null,
        2,
      )}\n`,
    );
  } else {
    io.stdout(stylish(reports, colors));
  }
  if (unusable) return EXIT.badInput;
  return reports.every((report) => report.valid) ? EXIT.ok : EXIT.problems;
}

interface ScriptOptions {
  data?: string;
  candidate?: string;
  job?: string;
  company?: string;
  interviewer?: string;
  greeting?: string;
  date?: string;
  phone?: string;
  topic?: string;
  email?: string;
  variant?: string;
  format: "text" | "html";
  locale?: string;
}

const FLAG_FOR_PLAN_FIELD: Readonly<Record<string, string>> = {
  interviewedAt: "--interview",
  timeZone: "--zone",
  callerTimeZone: "--caller-zone",
  holidays: "--holidays",
  callbackRequestedOn: "--callback",
  thankYouEmailSentAt: "--thanked",
  history: "--history",
  now: "--now",
};

const FLAG_FOR_FIELD: Readonly<Record<string, string>> = {
  candidateName: "--candidate",
  jobTitle: "--job",
  company: "--company",
  interviewerName: "--interviewer",
  greetingName: "--greeting",
  interviewDate: "--date",
  phone: "--phone",
  topic: "--topic",
  email: "--email",
};

function scriptCommand(io: CliIo, kind: string, options: ScriptOptions): number {
  if (!(SCRIPT_KINDS as readonly string[]).includes(kind)) throw new UsageError(`"${kind}" is not a script kind; use one of ${SCRIPT_KINDS.join(", ")}`);
  const fromFile = options.data === undefined ? {} : parseJson(readInput(io, options.data), options.data);
  if (typeof fromFile !== "object" || fromFile === null || Array.isArray(fromFile)) throw new UsageError(`${options.data}: must hold one JSON object of script data`);
  const flags: Partial<ScriptData> = {
    ...(options.candidate ? { candidateName: options.candidate } : {}),
    ...(options.job ? { jobTitle: options.job } : {}),
    ...(options.company ? { company: options.company } : {}),
    ...(options.interviewer ? { interviewerName: options.interviewer } : {}),
    ...(options.greeting ? { greetingName: options.greeting } : {}),
    ...(options.date ? { interviewDate: options.date } : {}),
    ...(options.phone ? { phone: options.phone } : {}),
    ...(options.topic ? { topic: options.topic } : {}),
    ...(options.email ? { email: options.email } : {}),
  };
  let script: ReturnType<typeof renderScript>;
  try {
    script = renderScript(kind as ScriptKind, { ...(fromFile as ScriptData), ...flags } as ScriptData, {
      format: options.format,
      // A variant from the command line is any word: renderScript checks it against the kind's.
      ...(options.variant ? { variant: options.variant as ScriptVariant } : {}),
      ...(options.locale ? { locale: options.locale } : {}),
    });
  } catch (error) {
    // Name the flags to add, not the library's field names.
    if (error instanceof TemplateError && error.variables !== undefined && error.variables.length > 0) {
      const flagsToAdd = error.variables.map((name) => FLAG_FOR_FIELD[name] ?? name);
      throw new UsageError(`the ${kind} script needs ${flagsToAdd.join(", ")} (or those fields in --data)`);
    }
    throw error;
  }
  io.stdout(`${script.subject !== undefined ? `Subject: ${script.subject}\n\n` : ""}${script.text.trimEnd()}\n`);
  return EXIT.ok;
}

function rulesCommand(io: CliIo, colors: Colors, json: boolean): number {
  if (json) {
    io.stdout(`${JSON.stringify(ruleCatalog, null, 2)}\n`);
    return EXIT.ok;
  }
  const width = Math.max(...ruleCatalog.map((rule) => rule.id.length));
  const lines = ruleCatalog.map((rule) => {
    const severity = rule.defaultSeverity === "error" ? colors.red("error  ") : rule.defaultSeverity === "warning" ? colors.yellow("warning") : colors.blue("info   ");
    const sources = rule.sources.length > 0 ? rule.sources.join(", ") : "derived";
    return `${rule.id.padEnd(width)}  ${severity}  ${rule.description} ${colors.dim(`(${sources})`)}`;
  });
  io.stdout(`${lines.join("\n")}\n`);
  return EXIT.ok;
}

/**
 * Runs the command line and returns the exit code (the binary passes it to the process):
 * `plan`, `lint`, `script` and `rules`, with `--help` on each and `--version`.
 */
export function runCli(argv: readonly string[], io: CliIo, version: string, now: () => Date = () => new Date()): number {
  const colors = colorsFor(io.color);
  let code: number = EXIT.ok;
  const guarded = (run: () => number) => {
    try {
      code = run();
    } catch (error) {
      io.stderr(describeError(error, colors));
      code = EXIT.badInput;
    }
  };
  const program = new Command()
    .name("followup-call")
    .description("When and how to follow up after a job interview: plan the follow-up, check a call plan, write the scripts.")
    .version(version, "-v, --version")
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(colors.red(text)) });

  program
    .command("plan")
    .description("plan the whole follow-up: thank-you email, call (on both clocks), voicemail, written follow-up")
    .requiredOption("--interview <when>", "when the interview began: ISO with an offset, or 2026-11-17T14:00 on the interviewer's clock")
    .requiredOption("--zone <zone>", "the interviewer's IANA time zone, e.g. America/New_York")
    .option("--caller-zone <zone>", "your own IANA time zone")
    .option("--hours <range>", "the interviewer's working hours, e.g. 08:30-16:30")
    .option("--days <list>", "working weekdays, 0 = Sunday, e.g. 1,2,3,4,5")
    .option("--holidays <list>", "the interviewer's public holidays, YYYY-MM-DD, comma-separated")
    .option("--country <code>", "add the public holidays (and usual working week) of this country, e.g. US")
    .option("--region <code>", "with --country: a state or region, e.g. NY")
    .option("--callback <date>", "the employer asked to be called on this date (YYYY-MM-DD)")
    .option("--thanked <when>", "when you sent the thank-you email")
    .option("--history <file>", "a JSON file with your calls and messages so far")
    .option("--now <when>", "plan as of this moment (default: now)")
    .option("--json", "print the plan as JSON")
    .action((options: PlanOptions) => guarded(() => planCommand(io, colors, options, now)));

  program
    .command("lint")
    .description("check call plans (JSON files, or - for standard input) against the guidance")
    .argument("<files...>", "plan files (a plan or a list of plans each), or - for standard input")
    .addOption(new Option("--format <format>", "output format").choices(["stylish", "json"]).default("stylish"))
    .option("--now <when>", "report calls planned before this moment (ISO with a UTC offset; default: now)")
    .action((files: string[], options: LintOptions) => guarded(() => lintCommand(io, colors, files, options, now)));

  program
    .command("script")
    .description("write a script: call, voicemail, thank-you-email, follow-up-email, after-offer, after-rejection, no-decision")
    .argument("<kind>", `one of ${SCRIPT_KINDS.join(", ")}`)
    .option("--data <file>", "a JSON file with the script data")
    .option("--candidate <name>", "your name")
    .option("--job <title>", "the job title")
    .option("--company <name>", "the company")
    .option("--interviewer <name>", "the interviewer's name")
    .option("--greeting <name>", "how to greet them (default: their first name)")
    .option("--date <date>", "the interview date, YYYY-MM-DD")
    .option("--phone <number>", "your phone number")
    .option("--topic <text>", "something you discussed")
    .option("--email <address>", "your email address")
    .option("--variant <name>", "brief (default), warm, or after-voicemail for follow-up-email")
    .addOption(new Option("--format <format>", "output format").choices(["text", "html"]).default("text"))
    .option("--locale <locale>", "how to write the date, e.g. en-GB")
    .action((kind: string, options: ScriptOptions) => guarded(() => scriptCommand(io, kind, options)));

  program
    .command("rules")
    .description("list every rule with its default severity, description and sources")
    .option("--json", "print the catalogue as JSON")
    .action((options: { json?: boolean }) => guarded(() => rulesCommand(io, colors, options.json === true)));

  try {
    program.parse([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help" ? EXIT.ok : EXIT.badInput;
    }
    throw error;
  }
  return code;
}
