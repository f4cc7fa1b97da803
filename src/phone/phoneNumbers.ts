import { parsePhoneNumberFromString, type CountryCode, type NumberType } from "libphonenumber-js/max";
import { BoundedCache } from "../_boundedCache";

/** What the rules need to know about a phone number, decided by libphonenumber-js. */
export interface PhoneFacts {
  /** `+12125550199`: numbers written differently compare equal in this form. */
  readonly e164: string;
  readonly nationalNumber: string;
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
    possible: phone.isPossible(),
    type() {
      if (type === null) type = phone.getType();
      return type;
    },
  };
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

/** The national significant digits ("5552013344"), or the bare digits when unparseable. */
export function nationalDigits(number: string, region: string | undefined): string {
  return parsePhone(number, region)?.nationalNumber ?? number.replace(/\D/g, "");
}
