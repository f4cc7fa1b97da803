/**
 * Edit distance between two short words: insertions, deletions, substitutions, and swaps of
 * two neighbouring letters ("varaint" is one edit from "variant"), each costing one.
 */
function distance(a: string, b: string): number {
  // rows[i][j]: the distance between the first i letters of a and the first j letters of b
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const above = rows[i - 1] as number[];
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row.push(best);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
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
 * closestName("k0", ["now"]); // undefined: too short to be a misspelling of it
 * ```
 */
export function closestName(name: string, known: Iterable<string>): string | undefined {
  if (name.length > LONGEST_COMPARED) return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  const lower = name.toLowerCase();
  for (const candidate of known) {
    const d = candidate.toLowerCase() === lower ? 0 : distance(lower, candidate.toLowerCase());
    // Two fifths of the longer name may differ, at least one letter: "k0" is not "now".
    const allowed = Math.max(1, Math.floor(Math.max(name.length, candidate.length) * 0.4));
    if (d <= allowed && d < bestDistance) {
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
