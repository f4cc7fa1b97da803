// The library's layers, lowest first; each may import only from the layers below it (and type
// imports are free). `npm test` checks them with `npm run check:layers`.
//   base      src/internal/, errors.ts, types.ts: caches, messages, errors
//   time      src/time/: calendar and zone arithmetic (the only place that knows about zones)
//   phone     src/phone/: phone numbers (libphonenumber-js)
//   schemas   src/schemas.ts: input schemas (zod/mini)
//   text      src/text/: the analysis pass, word classes and models
//   timing    src/timing/: bestCallTime, scoreCallTime and the timing engine
//   rules     src/rules/: every rule, built on the timing engine and the text analysis
//   validate  src/validate/: the linter (validateCallPlan, lintScript)
//   script    src/script/: renderScript, beside the linter, never importing it
//   plan      src/plan/: planFollowUp, chooseChannel, afterCall, on the timing functions
//   calendar  src/calendar/: toICS, on the plan (its own entry, followup-call/calendar)
//   helpers   src/fromWallClock.ts, src/sourceInfo.ts: small public helpers on schemas, time and base
//   holidays  src/holidays/: public holidays from date-holidays (followup-call/holidays), on base and time
//   testing   src/testing/: the Vitest/Jest matchers (followup-call/testing), on the linter
//   cli       src/cli/, src/cli.ts: the command line (Node only), on top of everything
//   entries   src/index.ts, src/rule-tester.ts, src/calendar.ts, src/ruleTester/
const LAYERS = {
  base: "^src/(internal/[^/]+|errors|types)\\.ts$",
  time: "^src/time/",
  phone: "^src/phone/",
  schemas: "^src/schemas\\.ts$",
  text: "^src/text/",
  timing: "^src/timing/",
  rules: "^src/rules/",
  validate: "^src/validate/",
  script: "^src/script/",
  plan: "^src/plan/",
  calendar: "^src/calendar/",
  testing: "^src/testing/",
  holidays: "^src/holidays/",
  helpers: "^src/(fromWallClock|sourceInfo)\\.ts$",
};

/** What each layer may not import (everything at or above it that is not itself). */
const FORBIDDEN_ABOVE = {
  base: ["time", "phone", "schemas", "text", "timing", "rules", "validate", "script", "plan", "calendar", "testing", "holidays"],
  time: ["phone", "schemas", "text", "timing", "rules", "validate", "script", "plan", "calendar", "testing", "holidays"],
  phone: ["time", "schemas", "text", "timing", "rules", "validate", "script", "plan", "calendar", "testing", "holidays"],
  schemas: ["phone", "text", "timing", "rules", "validate", "script", "plan", "calendar", "testing", "holidays"],
  text: ["phone", "timing", "rules", "validate", "script", "plan", "calendar", "testing", "holidays"],
  timing: ["phone", "text", "rules", "validate", "script", "plan", "calendar", "testing", "holidays"],
  rules: ["validate", "script", "plan", "calendar", "testing", "holidays"],
  validate: ["script", "plan", "calendar", "testing", "holidays"],
  script: ["phone", "timing", "rules", "validate", "plan", "calendar", "testing", "holidays"],
  helpers: ["phone", "text", "timing", "rules", "validate", "script", "plan", "calendar", "testing", "holidays"],
  plan: ["phone", "text", "rules", "validate", "script", "calendar", "testing", "holidays"],
  calendar: ["phone", "text", "rules", "validate", "script", "testing", "holidays"],
  testing: ["plan", "calendar", "holidays"],
  holidays: ["phone", "schemas", "text", "timing", "rules", "validate", "script", "plan", "calendar", "testing"],
};

module.exports = {
  forbidden: [
    {
      name: "no-node-builtins-in-the-library",
      severity: "error",
      comment: "The library runs in browsers: Node's built-in modules only in the command line.",
      from: { pathNot: "^src/cli(\\.ts$|/)" },
      to: { dependencyTypes: ["core"] },
    },
    {
      name: "no-circular",
      severity: "error",
      comment: "Modules must not import each other in a circle.",
      from: {},
      to: { circular: true },
    },
    {
      name: "private-folders-stay-private",
      severity: "error",
      comment:
        "A layer's internal/ folder is its own: only files in that layer import it. (src/internal/ holds the base layer's helpers, which every layer may use; no entry exports from it.)",
      from: { path: "^src/([^/]+)/" },
      to: { path: "^src/[^/]+/internal/", pathNot: "^src/$1/internal/" },
    },
    {
      name: "entries-export-no-private-file",
      severity: "error",
      comment: "An entry re-exports public modules only: what lives in an internal/ folder is not part of the API.",
      from: { path: "^src/(index|rule-tester|calendar|testing|testing-vitest|holidays)\\.ts$" },
      to: { path: "/internal/" },
    },
    {
      name: "entries-on-top",
      severity: "error",
      comment: "Nothing imports the entry points.",
      from: {},
      to: { path: "^src/(index|rule-tester|calendar|testing|testing-vitest|holidays|cli)\\.ts$" },
    },
    ...Object.entries(FORBIDDEN_ABOVE).map(([layer, above]) => ({
      name: `${layer}-imports-downward`,
      severity: "error",
      comment: `${layer} may import only from the layers below it.`,
      from: { path: LAYERS[layer] },
      to: { path: above.map((name) => LAYERS[name]) },
    })),
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "\\.generated\\.ts$|\\.json$" },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: "tsconfig.json" },
  },
};
