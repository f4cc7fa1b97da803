import { didYouMean } from "./didYouMean";
import type { FollowUpIssue } from "../errors";

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
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch (cause) {
    // A Proxy or exotic object that refuses to list its keys: say so, as a typed error would.
    return [{ path: [...path], message: `could not be read (${cause instanceof Error ? cause.message.slice(0, 80) : "it threw while being read"})` }];
  }
  const issues: FollowUpIssue[] = [];
  for (const key of keys) {
    if (!known.includes(key)) issues.push({ path: [...path, key], message: `is not an option${didYouMean(key, known, `; the options are ${known.join(", ")}`)}` });
  }
  return issues;
}
