import { didYouMean } from "./didYouMean";
import { type FollowUpIssue, pathKey } from "../errors";

// Past this many unknown keys the object is not a misspelling but something else: say so once.
const MAX_UNKNOWN_KEYS = 10;

/**
 * Issues for the keys of an options object that are not options (or of an input object that
 * are not its fields): a misspelt key would otherwise be silently ignored (`{ varaint: "warm" }`
 * renders the default variant).
 *
 * @example
 * ```ts
 * unknownKeyIssues({ varaint: "warm" }, ["variant", "format"]);
 * // [{ path: ["varaint"], message: 'is not an option; did you mean "variant"?' }]
 * ```
 */
export function unknownKeyIssues(value: unknown, known: readonly string[], path: readonly (string | number)[] = [], noun: "option" | "field" = "option"): FollowUpIssue[] {
  if (typeof value !== "object" || value === null) return [];
  let keys: string[];
  try {
    keys = Object.keys(value);
  } catch (cause) {
    // A Proxy or exotic object that refuses to list its keys: say so, as a typed error would.
    return [{ path: [...path], message: `could not be read (${cause instanceof Error ? cause.message.slice(0, 80) : "it threw while being read"})` }];
  }
  return unknownKeysAsIssues(
    keys.filter((key) => !known.includes(key)),
    path,
    (key) => `is not ${noun === "option" ? "an option" : "a field"}${didYouMean(key, known, `; the ${noun}s are ${known.join(", ")}`)}`,
    `${noun}s`,
  );
}

/**
 * One issue per unknown key, at the key's own path (cut to 80 characters), for the first ten;
 * past them the object is not a misspelling, and the rest are counted in one more issue.
 *
 * @example
 * ```ts
 * unknownKeysAsIssues(["timezone"], ["plan"], () => 'is not a field; did you mean "timeZone"?', "fields");
 * // [{ path: ["plan", "timezone"], message: 'is not a field; did you mean "timeZone"?' }]
 * ```
 */
export function unknownKeysAsIssues(unknown: readonly string[], path: readonly (string | number)[], describe: (key: string) => string, what: string): FollowUpIssue[] {
  const issues: FollowUpIssue[] = unknown.slice(0, MAX_UNKNOWN_KEYS).map((key) => ({ path: [...path, pathKey(key)], message: describe(key) }));
  if (unknown.length > MAX_UNKNOWN_KEYS) {
    issues.push({ path: [...path], message: `has ${(unknown.length - MAX_UNKNOWN_KEYS).toLocaleString("en-US")} more keys that are not ${what}` });
  }
  return issues;
}
