import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "rule-tester": "src/rule-tester.ts" },
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  clean: true,
  sourcemap: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
});
