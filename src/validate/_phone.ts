import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max";

/** A number parsed with libphonenumber-js (`max` metadata, which knows number types), or undefined. */
export function parsePhone(number: string, region: string | undefined): PhoneNumber | undefined {
  try {
    return parsePhoneNumberFromString(number, { defaultCountry: (region ?? "US") as CountryCode, extract: false }) ?? undefined;
  } catch {
    return undefined;
  }
}

/** E.164 form, for comparing numbers written differently; undefined when unparseable. */
export function toE164(number: string, region: string | undefined): string | undefined {
  return parsePhone(number, region)?.number;
}

/** The national significant digits ("5552013344"), or the bare digits when unparseable. */
export function nationalDigits(number: string, region: string | undefined): string {
  const parsed = parsePhone(number, region);
  return parsed ? String(parsed.nationalNumber) : number.replace(/\D/g, "");
}
