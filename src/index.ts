export { bestCallTime } from "./timing/bestCallTime";
export type { CallTimeRecommendation, CallWindow, RankedCallWindow, CallTimeReason } from "./timing/bestCallTime";
export { scoreCallTime } from "./timing/scoreCallTime";
export type { CallTimeScore } from "./timing/scoreCallTime";
export { validateCallPlan } from "./validate/validateCallPlan";
export type { ValidateOptions, ValidationReport } from "./validate/validateCallPlan";
export { lintScript } from "./validate/lintScript";
export { ruleCatalog } from "./validate/ruleCatalog";
export type { RulesConfig } from "./validate/_engine";
export { defineRule } from "./rules/defineRule";
export type { Rule } from "./rules/defineRule";
export type { RuleMeta, RuleReport, RuleDefinition } from "./rules/_types";
export type { RuleContext } from "./rules/_context";
export type { ReviewedText, ScriptFacts, ReviewedKind } from "./validate/_reviewedText";
export type { Sentence } from "./validate/_text";
export type { TimingFinding, TimingRuleId } from "./timing/_evaluateSlot";
export { renderScript, scriptKinds, scriptTemplates, scriptVariants } from "./script/renderScript";
export type { RenderOptions, RenderedScript, ScriptData } from "./script/renderScript";
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
  ScriptContext,
  ScriptKind,
  ParsedCallPlan,
} from "./schemas";
export type { Diagnostic, Severity, RuleSetting, Path, Span, SourceId } from "./types";
