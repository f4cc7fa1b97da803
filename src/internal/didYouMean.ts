/** Edit distance (insertions, deletions, substitutions) between two short words. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}

// Names longer than this are not compared: nobody misspells a 200-character key.
const LONGEST_COMPARED = 64;

/**
 * The known name closest to a misspelt one ("varaint" → "variant"), or undefined when none is
 * close enough to be what was meant.
 *
 * @example
 * ```ts
 * closestName("holiday", ["holidays", "timeZone"]); // "holidays"
 * closestName("colour", ["holidays", "timeZone"]); // undefined
 * ```
 */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  if (name.length > LONGEST_COMPARED) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(3, Math.floor(name.length / 3)) + 1;
  const lower = name.toLowerCase();
  for (const candidate of known) {
    const d = candidate.toLowerCase() === lower ? 0 : distance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** `; did you mean "x"?` for a misspelt name, or `fallback` when nothing is close. */
export function didYouMean(name: string, known: Iterable<string>, fallback = ""): string {
  const best = closestName(name, known);
  return best === undefined ? fallback : `; did you mean "${best}"?`;
}
