import { BoundedCache } from "../_boundedCache";
import { ZONES_BY_REGION } from "./zoneRegions.generated";
import { isValidTimeZone } from "./zoneOffset";

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
  if (known !== undefined || !isValidTimeZone(timeZone)) return known;
  // An alias ("US/Eastern"): the engine's own name for it may be listed. Asking costs a formatter, so it is kept.
  const cached = aliases.get(timeZone);
  if (cached !== undefined) return cached ?? undefined;
  const resolved = new Intl.DateTimeFormat("en-US", { timeZone }).resolvedOptions().timeZone;
  return aliases.set(timeZone, table().get(resolved.toLowerCase()) ?? null) ?? undefined;
}

const aliases = /* @__PURE__ */ new BoundedCache<string, string | null>(256);
