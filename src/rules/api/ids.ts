/**
 * Every built-in rule id, in registry order (a test keeps this list and the registry equal).
 *
 * @example
 * ```ts
 * const rules = Object.fromEntries(BUILT_IN_RULE_IDS.filter((id) => id.startsWith("no-")).map((id) => [id, "error"]));
 * ```
 * @category Validation
 */
export const BUILT_IN_RULE_IDS = [
  "wait-a-week",
  "within-two-weeks",
  "honor-callback-date",
  "after-stated-timeline",
  "avoid-monday-friday",
  "working-day",
  "working-hours",
  "best-time-of-day",
  "avoid-holiday-edges",
  "caller-hours",
  "call-in-the-past",
  "no-general-number",
  "call-the-hiring-manager",
  "no-cold-linkedin",
  "no-repeat-call",
  "thank-you-email-first",
  "prepare-a-script",
  "identify-yourself",
  "mention-role-and-date",
  "ask-if-good-time",
  "say-thank-you",
  "reaffirm-interest",
  "mention-interview-topic",
  "leave-contact-details",
  "keep-it-brief",
  "no-asking-about-candidates",
  "no-asking-for-decision",
  "no-questioning-delay",
  "no-complaining",
  "honest-offers-only",
  "no-placeholders",
] as const;

/** The id of a built-in rule: a literal union, so a typo in `RulesConfig` or a `ruleId` comparison fails to compile. */
export type BuiltInRuleId = (typeof BUILT_IN_RULE_IDS)[number];
