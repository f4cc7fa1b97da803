/**
 * `followup-call/rule-tester`: a RuleTester for plugin authors, in its own entry so that
 * products using the core do not ship it.
 */
export { RuleTester, RuleTesterError } from "./ruleTester/RuleTester";
export type { ExpectedDiagnostic, InvalidRuleTesterCase, RuleTesterCase, TestFunctions } from "./ruleTester/RuleTester";
