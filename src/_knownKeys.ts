import { didYouMean } from "./_didYouMean";
import type { FollowUpIssue } from "./errors";

/**
 * Issues for the keys of an options object that are not options: a misspelt key would
 * otherwise be silently ignored (`{ varaint: "warm" }` renders the default variant).
 *
 * @example
 * ```ts
 * unknownKeyIssues({ varaint: "warm" }, ["variant", "format"]);
 * // [{ path: ["varaint"], message: 'is not an option; did you mean "variant"?' }]
 * ```
 */
export function unknownKeyIssues(value: unknown, known: readonly string[], path: readonly (string | number)[] = []): FollowUpIssue[] {
  if (typeof value !== "object" || value === null) return [];
  const issues: FollowUpIssue[] = [];
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) issues.push({ path: [...path, key], message: `is not an option${didYouMean(key, known, `; the options are ${known.join(", ")}`)}` });
  }
  return issues;
}
