/**
 * `followup-call/testing`: Vitest and Jest matchers for call plans, diagnostics and scripts.
 */
export { followUpMatchers } from "./testing/matchers";
export type { ExpectedDiagnostic, FollowUpMatchers, MatcherResult } from "./testing/matchers";
