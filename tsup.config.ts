import { defineConfig } from "tsup";
import bundled from "./.ci/bundled-dependencies.json";

// The core's dependencies are bundled in, tree-shaken: a cold import then reads a few files,
// not the two hundred modules of zod, libphonenumber-js, mustache and date-fns-tz (about
// 40 ms instead of 110 on Node). None of them appears in the public types. Their licences are
// written beside the bundle (.ci/build-notices.mjs). The entries' own heavy dependencies (ics,
// date-holidays, the CLI's) stay external.
const BUNDLED: string[] = bundled;

const PUBLIC_ENTRIES = { index: "src/index.ts", "rule-tester": "src/rule-tester.ts", calendar: "src/calendar.ts", testing: "src/testing.ts", holidays: "src/holidays.ts", "testing-vitest": "src/testing-vitest.ts" };

export default defineConfig([
  {
  // `script` and `phone` are not public entries: they only make the bundler keep renderScript
  // (with mustache) and the phone-number checks (with libphonenumber-js's metadata) in chunks
  // of their own, so an app that imports just bestCallTime from the main entry drops them with
  // those chunks (the package is free of side effects; inside one chunk a bundler could not
  // tell that their module-level patterns are unused).
  entry: { ...PUBLIC_ENTRIES, script: "src/script/renderScript.ts", phone: "src/phone/phoneNumbers.ts" },
  format: ["esm", "cjs"],
  // Types for the public entries only: the two above are no one's to import.
  dts: { entry: PUBLIC_ENTRIES, compilerOptions: { ignoreDeprecations: "6.0" } },
  // Shared chunks for CommonJS too, so each CommonJS entry does not carry its own copy of the
  // core and of the bundled dependencies.
  splitting: true,
  clean: true,
  // Written after every build (npm run bench builds too), so dist never lacks them.
  onSuccess: "node .ci/build-notices.mjs && tsx scripts/build-json-schemas.ts",
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  noExternal: BUNDLED,
},
  {
    // The command line: Node only, ESM, one file with its shebang; the library's own modules
    // and the core's dependencies are bundled in, the CLI's own dependencies stay external.
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    sourcemap: true,
    banner: { js: "#!/usr/bin/env node" },
    noExternal: BUNDLED,
  },
]);
