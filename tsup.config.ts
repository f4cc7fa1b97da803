import { defineConfig } from "tsup";

export default defineConfig({
  // `script` is not a public entry: it only makes the bundler keep renderScript (and its
  // mustache import) in a chunk of its own, so an app that imports just bestCallTime from the
  // main entry drops mustache with that chunk (the package is free of side effects; mustache
  // does not say so of itself).
  entry: { index: "src/index.ts", "rule-tester": "src/rule-tester.ts", calendar: "src/calendar.ts", script: "src/script/renderScript.ts" },
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
});
