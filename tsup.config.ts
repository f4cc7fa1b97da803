import { defineConfig } from "tsup";

export default defineConfig([
  {
  // `script` is not a public entry: it only makes the bundler keep renderScript (and its
  // mustache import) in a chunk of its own, so an app that imports just bestCallTime from the
  // main entry drops mustache with that chunk (the package is free of side effects; mustache
  // does not say so of itself).
  entry: { index: "src/index.ts", "rule-tester": "src/rule-tester.ts", calendar: "src/calendar.ts", testing: "src/testing.ts", holidays: "src/holidays.ts", "testing-vitest": "src/testing-vitest.ts", script: "src/script/renderScript.ts" },
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
},
  {
    // The command line: Node only, ESM, one file with its shebang; the library's own modules
    // are bundled in, its dependencies stay external.
    entry: { cli: "src/cli.ts" },
    format: ["esm"],
    platform: "node",
    target: "node20",
    sourcemap: true,
    banner: { js: "#!/usr/bin/env node" },
  },
]);
