import { BoundedCache } from "../internal/boundedCache";

/** Parts of the working day, in the order the default preference ranks them. */
export type DayPart = "late-morning" | "day-edge" | "rest";

/** The interviewer's working day, in minutes after local midnight. */
export interface WorkingDay {
  readonly start: number;
  readonly end: number;
  readonly lunch: { readonly start: number; readonly end: number } | null;
  readonly lateMorning: { readonly start: number; readonly end: number };
  readonly edgeMinutes: number;
}

/** A stretch of the working day that is all one part. */
export interface DayWindow {
  readonly start: number;
  readonly end: number;
  readonly part: DayPart;
}

/** The parts of the working day a call may prefer (T7 vs T8), written once for the types and the schemas. */
export const TIME_OF_DAY_PREFERENCES = ["late-morning", "day-edges", "any"] as const;

export type TimeOfDayPreference = (typeof TIME_OF_DAY_PREFERENCES)[number];

/** Rank of a part under a preference: 0 is best. */
export function partRank(preference: TimeOfDayPreference, part: DayPart): number {
  if (preference === "any") return 0;
  if (part === "rest") return 2;
  const first: DayPart = preference === "late-morning" ? "late-morning" : "day-edge";
  return part === first ? 0 : 1;
}

/**
 * Which part of the working day a minute is in, or `null` outside working hours or at lunch.
 * Where late morning and an edge overlap (a day starting at 10:00), the preferred one wins.
 */
export function dayPartAt(workingDay: WorkingDay, minute: number, preference: TimeOfDayPreference): DayPart | null {
  const { start, end, lunch, lateMorning, edgeMinutes } = workingDay;
  if (minute < start || minute >= end) return null;
  if (lunch !== null && minute >= lunch.start && minute < lunch.end) return null;
  const isEdge = minute < start + edgeMinutes || minute >= end - edgeMinutes;
  const isLateMorning = minute >= lateMorning.start && minute < lateMorning.end;
  if (isEdge && isLateMorning) return preference === "day-edges" ? "day-edge" : "late-morning";
  if (isEdge) return "day-edge";
  return isLateMorning ? "late-morning" : "rest";
}

const windowsByShape = /* @__PURE__ */ new BoundedCache<string, readonly DayWindow[]>(256);

/** The working day cut into windows of one part each, in time order (cached per shape). */
export function dayWindows(workingDay: WorkingDay, preference: TimeOfDayPreference): readonly DayWindow[] {
  const { lunch, lateMorning } = workingDay;
  const key = `${workingDay.start} ${workingDay.end} ${lunch ? `${lunch.start}-${lunch.end}` : "-"} ${lateMorning.start}-${lateMorning.end} ${workingDay.edgeMinutes} ${preference}`;
  const cached = windowsByShape.get(key);
  return cached ?? windowsByShape.set(key, Object.freeze(cutWorkingDay(workingDay, preference)));
}

function cutWorkingDay(workingDay: WorkingDay, preference: TimeOfDayPreference): DayWindow[] {
  const { start, end, lunch, lateMorning, edgeMinutes } = workingDay;
  const cuts = [start, end, lateMorning.start, lateMorning.end, start + edgeMinutes, end - edgeMinutes];
  if (lunch !== null) cuts.push(lunch.start, lunch.end);
  const points = [...new Set(cuts.filter((minute) => minute >= start && minute <= end))].sort((a, b) => a - b);
  const windows: DayWindow[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const from = points[index] as number;
    const to = points[index + 1] as number;
    const part = dayPartAt(workingDay, from, preference);
    if (part === null) continue;
    const previous = windows[windows.length - 1];
    if (previous !== undefined && previous.part === part && previous.end === from) {
      windows[windows.length - 1] = { start: previous.start, end: to, part };
    } else {
      windows.push({ start: from, end: to, part });
    }
  }
  return windows;
}
