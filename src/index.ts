export { bestCallTime } from "./timing/bestCallTime";
export type { CallTimeRecommendation, CallWindow, RankedCallWindow, CallTimeReason } from "./timing/bestCallTime";
export { scoreCallTime } from "./timing/scoreCallTime";
export type { CallTimeScore } from "./timing/scoreCallTime";
export { FollowUpInputError, TemplateError, isFollowUpError } from "./errors";
export type { FollowUpIssue, TemplatePosition } from "./errors";
export type {
  CallTimingInput,
  CallPlan,
  HistoryEntry,
  ContactRole,
  ConversationStage,
  SchedulingOptions,
  WorkingHoursInput,
  TimeOfDay,
  Instant,
  IsoDate,
  ClockTime,
} from "./schemas";
export type { Diagnostic, Severity, RuleSetting, Path, Span, SourceId } from "./types";
