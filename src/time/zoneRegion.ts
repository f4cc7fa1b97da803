import { ZONES_BY_REGION } from "./zoneRegions.generated";
import { resolvedTimeZone } from "./zoneOffset";

let regionByZone: Map<string, string> | undefined;

function table(): Map<string, string> {
  if (regionByZone === undefined) {
    regionByZone = new Map();
    for (const [region, zones] of Object.entries(ZONES_BY_REGION)) for (const zone of zones.split(" ")) regionByZone.set(zone.toLowerCase(), region);
  }
  return regionByZone;
}

/**
 * The country (ISO 3166 code) a time zone belongs to, by CLDR: `"Europe/London"` → `"GB"`.
 * Undefined for zones that are not a country's (`"UTC"`, `"Etc/GMT+5"`) or unknown ones.
 *
 * @example
 * ```ts
 * regionOfZone("Europe/London"); // "GB"
 * regionOfZone("Asia/Kolkata"); // "IN"
 * regionOfZone("UTC"); // undefined
 * ```
 */
export function regionOfZone(timeZone: string): string | undefined {
  const known = table().get(timeZone.toLowerCase());
  if (known !== undefined) return known;
  // An alias ("US/Eastern"): the engine's own name for it may be listed.
  const resolved = resolvedTimeZone(timeZone);
  return resolved === undefined ? undefined : table().get(resolved.toLowerCase());
}
