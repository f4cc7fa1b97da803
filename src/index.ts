export { bestCallTime } from "./timing/bestCallTime";
export type { CallTimeRecommendation, CallWindow, CallerClock, RankedCallWindow, CallTimeReason } from "./timing/bestCallTime";
export { scoreCallTime } from "./timing/scoreCallTime";
export type { CallTimeScore } from "./timing/scoreCallTime";
export { planFollowUp } from "./plan/planFollowUp";
export type { FollowUpPlan, FollowUpStep, FollowUpStepKind, FollowUpStepStatus } from "./plan/planFollowUp";
export { chooseChannel } from "./plan/chooseChannel";
export type { ChannelChoice, ChannelSituation, FollowUpChannel } from "./plan/chooseChannel";
export { afterCall, afterCallOutcomes } from "./plan/afterCall";
export type { AfterCall, CallOutcome, NextStep, ScriptChoice } from "./plan/afterCall";
export type { Advice } from "./plan/advice";
export { validateCallPlan } from "./validate/validateCallPlan";
export type { ValidateOptions, ValidationReport } from "./validate/validateCallPlan";
export { lintScript } from "./validate/lintScript";
export type { LintScriptOptions } from "./validate/lintScript";
export { createLinter } from "./validate/createLinter";
export type { Linter, LinterConfig, PlanCheckOptions } from "./validate/createLinter";
export { ruleCatalog } from "./validate/ruleCatalog";
export type { RulesConfig, RuleEntry, RuleSettingInput } from "./validate/rulesConfig";
export { defineRule } from "./rules/defineRule";
export type { Rule } from "./rules/defineRule";
export { BUILT_IN_RULE_IDS } from "./rules/api/ids";
export type { BuiltInRuleId } from "./rules/api/ids";
export type { RuleMeta, RuleDefinition, RuleContext, ReportDescriptor, OptionsSchema } from "./rules/api/types";
export type { PlanView, ScriptText, InstantView, HistoryView } from "./rules/api/context";
export { renderScript, scriptKinds, scriptTemplates, scriptVariants } from "./script/renderScript";
export type { RenderOptions, RenderedScript, ScriptData, ScriptVariant, ScriptVariants } from "./script/renderScript";
export { FollowUpInputError, TemplateError, isFollowUpError } from "./errors";
export { fromWallClock } from "./fromWallClock";
export { sourceInfo } from "./sourceInfo";
export type { SourceInfo } from "./sourceInfo";
export type { FollowUpIssue, TemplatePosition } from "./errors";
export type {
  CallTimingInput,
  FollowUpInput,
  CallPlan,
  HistoryEntry,
  ContactRole,
  ConversationStage,
  SchedulingOptions,
  WorkingHoursInput,
  TimeOfDay,
  Instant,
  WallClockTime,
  IsoDate,
  ClockTime,
  ScriptContext,
  ScriptKind,
} from "./schemas";
export type { Diagnostic, Severity, RuleSetting, Path, Span, SourceId } from "./types";
