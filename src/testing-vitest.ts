/**
 * `followup-call/testing/vitest`: extends Vitest's `expect` with the follow-up matchers and
 * declares their types, in one import (in a setup file, or at the top of a test file).
 */
import { expect } from "vitest";
import { followUpMatchers, type FollowUpMatchers } from "./testing/matchers";

expect.extend(followUpMatchers);

declare module "vitest" {
  // biome-ignore lint/suspicious/noExplicitAny: Vitest's own Assertion is generic over any.
  interface Assertion<T = any> extends FollowUpMatchers<T> {}
  interface AsymmetricMatchersContaining extends FollowUpMatchers {}
}

export { followUpMatchers };
