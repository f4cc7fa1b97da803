import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode, type NumberType } from "libphonenumber-js/max";
import { BoundedCache } from "../internal/boundedCache";

/** What the rules need to know about a phone number, decided by libphonenumber-js. */
export interface PhoneFacts {
  /** `+12125550199`: numbers written differently compare equal in this form. */
  readonly e164: string;
  readonly nationalNumber: string;
  /** The country the number belongs to (ISO 3166 code), when its digits tell. */
  readonly country: string | undefined;
  readonly possible: boolean;
  /** TOLL_FREE, SHARED_COST, PREMIUM_RATE, UAN, MOBILE…; worked out on first use (it is the slow part). */
  type(): NumberType;
}

// Parsing with full metadata costs tens of microseconds, and the same company numbers recur
// across thousands of plans: keep the results, within a bound.
const parsed = /* @__PURE__ */ new BoundedCache<string, PhoneFacts | null>(2_048);

function parseUncached(number: string, region: string): PhoneFacts | null {
  let phone: ReturnType<typeof parsePhoneNumberFromString>;
  try {
    phone = parsePhoneNumberFromString(number, { defaultCountry: region as CountryCode, extract: false });
  } catch {
    return null;
  }
  if (phone === undefined) return null;
  let type: NumberType | null = null;
  return {
    e164: phone.number,
    nationalNumber: String(phone.nationalNumber),
    country: phone.country,
    possible: phone.isPossible(),
    type() {
      if (type === null) type = phone.getType();
      return type;
    },
  };
}

/**
 * Whether the phone-number metadata has a region (ISO 3166 code, like "GB"). The only other
 * use of libphonenumber-js: every use stays in this file, so the build can keep it, with its
 * metadata, in a chunk that timing-only apps never load.
 *
 * @example isPhoneRegion("GB") // true; isPhoneRegion("XX") // false
 */
export function isPhoneRegion(region: string): boolean {
  return isSupportedCountry(region as CountryCode);
}

/** The facts of a number, read in `region` (default US) when it has no country code; undefined when unparseable. */
export function parsePhone(number: string, region: string | undefined): PhoneFacts | undefined {
  const key = `${region ?? "US"} ${number}`;
  let facts = parsed.get(key);
  if (facts === undefined) facts = parsed.set(key, parseUncached(number, region ?? "US"));
  return facts ?? undefined;
}

/** E.164 form, for comparing numbers written differently; undefined when unparseable. */
export function toE164(number: string, region: string | undefined): string | undefined {
  return parsePhone(number, region)?.e164;
}

// North American numbering outside the United States and Canada where one area code serves the
// whole country or territory: at home the number is said without it ("683 4107" in Trinidad).
const ONE_AREA_CODE = new Set(["AG", "AI", "AS", "BB", "BM", "BS", "DM", "GD", "GU", "KN", "KY", "LC", "MP", "MS", "SX", "TC", "TT", "VC", "VG", "VI"]);
const NANP_AREA_CODE_LENGTH = 3;
// An Argentine mobile carries a 9 after the country code that is dialled only from abroad.
const ARGENTINE_MOBILE = /^9(\d{10})$/;

/** The figures that make a number complete when it is said (see `spokenForms`). */
export interface SpokenForms {
  /** The national significant number: said with anything before it (a 0, the country code), it is complete. */
  readonly whole: string;
  /** Shorter forms that are the whole number on their own when said to someone in the same country. */
  readonly atHome: readonly string[];
}

/**
 * The figures a number is complete with when said: the national significant number anywhere,
 * and, to someone in the number's own country (`region`), the forms its own dialling leaves
 * part out of: the island's one area code in the Caribbean, the 9 of an Argentine mobile. A form
 * that leaves out more, such as an area code in the United States, is not complete.
 */
export function spokenForms(number: string, region: string | undefined): SpokenForms {
  const facts = parsePhone(number, region);
  if (facts === undefined) return { whole: number.replace(/\D/g, ""), atHome: [] };
  const whole = facts.nationalNumber;
  if (!facts.possible || facts.country === undefined || facts.country !== region) return { whole, atHome: [] };
  if (ONE_AREA_CODE.has(facts.country)) return { whole, atHome: [whole.slice(NANP_AREA_CODE_LENGTH)] };
  const argentine = facts.country === "AR" ? ARGENTINE_MOBILE.exec(whole) : null;
  return { whole, atHome: argentine === null ? [] : [argentine[1] as string] };
}
