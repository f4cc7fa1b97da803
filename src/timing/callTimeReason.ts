/** A reason behind a recommendation: which rule shaped it, and where the rule comes from. */
export interface CallTimeReason {
  readonly ruleId: string;
  readonly message: string;
  readonly sources: readonly string[];
}
