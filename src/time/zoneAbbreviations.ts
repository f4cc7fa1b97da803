/**
 * Abbreviations people type where a time zone belongs, and the IANA zone they usually mean.
 * Some are not zones at all ("PST"); others are zones with a fixed offset and no daylight
 * saving time ("EST" stays at -05:00 all summer), which silently puts every summer call an
 * hour out for someone who meant New York. Both are refused with the name to use instead.
 */
const USUALLY_MEANT: Readonly<Record<string, string>> = {
  EST: "America/New_York",
  EDT: "America/New_York",
  CST: "America/Chicago",
  CDT: "America/Chicago",
  MST: "America/Denver",
  MDT: "America/Denver",
  PST: "America/Los_Angeles",
  PDT: "America/Los_Angeles",
  AKST: "America/Anchorage",
  HST: "Pacific/Honolulu",
  BST: "Europe/London",
  CEST: "Europe/Paris",
  AEST: "Australia/Sydney",
  AEDT: "Australia/Sydney",
  JST: "Asia/Tokyo",
};

/**
 * The IANA zone usually meant by an abbreviation that should not be used as a zone, or
 * undefined when the name is not one of them.
 *
 * @example
 * ```ts
 * zoneMeantBy("EST"); // "America/New_York"
 * zoneMeantBy("Europe/Paris"); // undefined
 * ```
 */
export function zoneMeantBy(name: string): string | undefined {
  const key = name.trim().toUpperCase();
  return Object.hasOwn(USUALLY_MEANT, key) ? USUALLY_MEANT[key] : undefined;
}
