import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod/mini";
import type { CalendarData, ParsedCalendarData } from "../../src/calendar/toICS";
import {
  type CallPlan,
  type CallTimingInput,
  type FollowUpInput,
  type HistoryEntry,
  type RenderOptions,
  renderScript,
  type ScriptContext,
  type ScriptData,
  type ScriptKind,
  type ScriptVariant,
  scriptVariants,
  type WorkingHoursInput,
} from "../../src/index";
import type { ScriptChoice } from "../../src/plan/afterCall";
import type { ParsedCallPlan, ParsedFollowUpInput, ParsedScriptContext, ParsedTimingInput } from "../../src/schemas";
import type { scriptDataSchema } from "../../src/script/internal/scriptView";
import type { BuiltInVariants } from "../../src/script/internal/templates.generated";

/**
 * Issue 8: the public input types are written for their documentation, the schemas for their
 * checks; these tests hold each type to its schema, field by field, so neither can gain, lose
 * or rename a field, or change whether it is required, without the other. (Values are compared
 * where the schema keeps them as given: enums, flags, strings; instants, dates and clock times
 * are transformed on the way in, so only their keys are compared.)
 */
type RequiredKeys<T> = { [K in keyof T]-?: Pick<T, K> extends Required<Pick<T, K>> ? K : never }[keyof T];
type Item<T> = NonNullable<T> extends readonly (infer U)[] ? U : never;

/** A type's field names, and which of them are required: two types with equal `Fields` have the same fields. */
type Fields<T> = { names: keyof T; required: RequiredKeys<T> };

type ParsedScriptData = z.output<ReturnType<typeof scriptDataSchema>>;
type ParsedWorkingHours = NonNullable<ParsedTimingInput["workingHours"]>;

describe("public input types against their schemas", () => {
  it("bestCallTime and scoreCallTime", () => {
    expectTypeOf<Fields<CallTimingInput>>().toEqualTypeOf<Fields<ParsedTimingInput>>();
    expectTypeOf<Fields<WorkingHoursInput>>().toEqualTypeOf<Fields<ParsedWorkingHours>>();
    expectTypeOf<Fields<NonNullable<CallTimingInput["waitDays"]>>>().toEqualTypeOf<Fields<NonNullable<ParsedTimingInput["waitDays"]>>>();
    expectTypeOf<Fields<NonNullable<CallTimingInput["lateMorning"]>>>().toEqualTypeOf<Fields<NonNullable<ParsedTimingInput["lateMorning"]>>>();
    expectTypeOf<Fields<NonNullable<CallTimingInput["callerHours"]>>>().toEqualTypeOf<Fields<NonNullable<ParsedTimingInput["callerHours"]>>>();
    expectTypeOf<CallTimingInput["timeOfDay"]>().toEqualTypeOf<ParsedTimingInput["timeOfDay"]>();
    expectTypeOf<CallTimingInput["stage"]>().toEqualTypeOf<ParsedTimingInput["stage"]>();
  });

  it("planFollowUp", () => {
    expectTypeOf<Fields<FollowUpInput>>().toEqualTypeOf<Fields<ParsedFollowUpInput>>();
    expectTypeOf<Fields<HistoryEntry>>().toEqualTypeOf<Fields<Item<ParsedFollowUpInput["history"]>>>();
  });

  it("validateCallPlan", () => {
    expectTypeOf<Fields<CallPlan>>().toEqualTypeOf<Fields<ParsedCallPlan>>();
    expectTypeOf<Fields<CallPlan["candidate"]>>().toEqualTypeOf<Fields<ParsedCallPlan["candidate"]>>();
    expectTypeOf<Fields<CallPlan["interview"]>>().toEqualTypeOf<Fields<ParsedCallPlan["interview"]>>();
    expectTypeOf<Fields<CallPlan["call"]>>().toEqualTypeOf<Fields<ParsedCallPlan["call"]>>();
    expectTypeOf<Fields<CallPlan["call"]["to"]>>().toEqualTypeOf<Fields<ParsedCallPlan["call"]["to"]>>();
    expectTypeOf<Fields<NonNullable<CallPlan["company"]>>>().toEqualTypeOf<Fields<NonNullable<ParsedCallPlan["company"]>>>();
    expectTypeOf<Fields<Item<CallPlan["history"]>>>().toEqualTypeOf<Fields<Item<ParsedCallPlan["history"]>>>();
    expectTypeOf<Fields<NonNullable<Item<CallPlan["history"]>["to"]>>>().toEqualTypeOf<Fields<NonNullable<Item<ParsedCallPlan["history"]>["to"]>>>();
    expectTypeOf<CallPlan["call"]["to"]["role"]>().toEqualTypeOf<ParsedCallPlan["call"]["to"]["role"]>();
    expectTypeOf<CallPlan["call"]["to"]["line"]>().toEqualTypeOf<ParsedCallPlan["call"]["to"]["line"]>();
    expectTypeOf<CallPlan["call"]["channel"]>().toEqualTypeOf<ParsedCallPlan["call"]["channel"]>();
    expectTypeOf<Item<CallPlan["history"]>["channel"]>().toEqualTypeOf<Item<ParsedCallPlan["history"]>["channel"]>();
    expectTypeOf<Item<CallPlan["history"]>["outcome"]>().toEqualTypeOf<Item<ParsedCallPlan["history"]>["outcome"]>();
    expectTypeOf<CallPlan["priorLinkedInContact"]>().toEqualTypeOf<ParsedCallPlan["priorLinkedInContact"]>();
  });

  it("lintScript", () => {
    expectTypeOf<Fields<ScriptContext>>().toEqualTypeOf<Fields<ParsedScriptContext>>();
    expectTypeOf<ScriptContext["kind"]>().toEqualTypeOf<ParsedScriptContext["kind"]>();
    expectTypeOf<ScriptContext["stage"]>().toEqualTypeOf<ParsedScriptContext["stage"]>();
  });

  it("renderScript", () => {
    // The template's required names are checked when it renders (a TemplateError names what is
    // missing); the schema only checks what is given, so here only the names are held equal.
    expectTypeOf<keyof ScriptData>().toEqualTypeOf<keyof ParsedScriptData>();
  });

  it("toICS", () => {
    expectTypeOf<Fields<CalendarData>>().toEqualTypeOf<Fields<ParsedCalendarData>>();
  });
});

describe("kinds and variants, written once", () => {
  it("derives each kind's variants from the template files, and every kind has some", () => {
    expectTypeOf<keyof BuiltInVariants>().toEqualTypeOf<ScriptKind>();
    expectTypeOf<ScriptVariant<"call">>().toEqualTypeOf<"brief" | "warm">();
    expectTypeOf<ScriptVariant<"follow-up-email">>().toEqualTypeOf<"brief" | "warm" | "after-voicemail" | "no-call">();
    expectTypeOf(renderScript<"voicemail">)
      .parameter(2)
      .toEqualTypeOf<RenderOptions<"voicemail"> | undefined>();
    expectTypeOf(renderScript("call", {} as ScriptData).variant).toEqualTypeOf<"brief" | "warm" | "custom">();
    expectTypeOf(scriptVariants.voicemail).toEqualTypeOf<readonly ("brief" | "warm")[]>();
    expectTypeOf<ScriptChoice>().toMatchTypeOf<{ kind: ScriptKind; variant: ScriptVariant }>();
  });
});
