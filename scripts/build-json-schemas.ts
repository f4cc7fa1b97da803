/**
 * Writes dist/schemas/<input>.json: JSON Schema (draft 2020-12) for each public input, generated
 * from the zod schemas with zod's own `toJSONSchema`, for teams that validate in other
 * languages. Types the library reads with a transform (instants, dates, clock times, zones)
 * are tagged in src/schemas.ts and described here. `npm run build` runs it.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import * as z from "zod/mini";
import { inputSchemas, jsonSchemaKind, type JsonSchemaKind } from "../src/schemas";
import { scriptDataSchema } from "../src/script/internal/scriptView";

const INSTANT_STRING = {
  type: "string",
  format: "date-time",
  pattern: "^\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([Zz]|[+-]\\d{2}(:?\\d{2})?)$",
};
const WALL_CLOCK = {
  type: "object",
  properties: {
    local: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}[Tt ]([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d(\\.\\d+)?)?$" },
    timeZone: { type: "string", minLength: 1 },
  },
  required: ["local", "timeZone"],
  additionalProperties: false,
};
const DATE = { type: "string", format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" };
const WALL_CLOCK_WORDS = 'a wall-clock time in an IANA zone, like { "local": "2026-11-17T10:00", "timeZone": "America/New_York" }';

// What JSON Schema can say of the values the library reads with a transform.
const KINDS: Readonly<Record<JsonSchemaKind, Record<string, unknown>>> = {
  instant: {
    anyOf: [INSTANT_STRING, WALL_CLOCK],
    description: `An instant: ISO 8601 with a UTC offset or Z, like 2026-11-17T10:00:00-05:00; or ${WALL_CLOCK_WORDS}.`,
  },
  date: { ...DATE, description: "A calendar date, YYYY-MM-DD, on the interviewer's calendar." },
  "date-or-instant": {
    anyOf: [DATE, INSTANT_STRING, WALL_CLOCK],
    description: `The interview's date: YYYY-MM-DD, an instant with a UTC offset, or ${WALL_CLOCK_WORDS}.`,
  },
  clock: { type: "string", pattern: "^(([01]\\d|2[0-3]):[0-5]\\d|24:00)$", description: "A wall-clock time, HH:MM (24-hour)." },
  zone: { type: "string", minLength: 1, description: "An IANA time zone name, like America/New_York (abbreviations such as EST are refused)." },
};

const TITLES: Readonly<Record<string, string>> = {
  "timing-input": "followup-call: the input of bestCallTime and scoreCallTime",
  "follow-up-input": "followup-call: the input of planFollowUp",
  "call-plan": "followup-call: a call plan, the input of validateCallPlan",
  "script-context": "followup-call: the context of lintScript",
  "script-data": "followup-call: the data of renderScript",
};

export function jsonSchemas(): Record<string, Record<string, unknown>> {
  const sources: Record<string, z.core.$ZodType> = { ...inputSchemas(), "script-data": scriptDataSchema() };
  const result: Record<string, Record<string, unknown>> = {};
  for (const [name, schema] of Object.entries(sources)) {
    const json = z.toJSONSchema(schema, {
      io: "output",
      unrepresentable: "any",
      override: (context) => {
        const kind = jsonSchemaKind(context.zodSchema);
        if (kind === undefined) return;
        const hint = KINDS[kind];
        for (const key of Object.keys(context.jsonSchema)) delete (context.jsonSchema as Record<string, unknown>)[key];
        Object.assign(context.jsonSchema, hint);
      },
    }) as Record<string, unknown>;
    result[name] = { ...json, $id: `https://followup-call.invalid/schemas/${name}.json`, title: TITLES[name] };
  }
  return result;
}

if (process.argv[1]?.endsWith("build-json-schemas.ts")) {
  const folder = new URL("../dist/schemas/", import.meta.url);
  mkdirSync(folder, { recursive: true });
  for (const [name, schema] of Object.entries(jsonSchemas())) writeFileSync(new URL(`${name}.json`, folder), `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote dist/schemas/*.json`);
}
