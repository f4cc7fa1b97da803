import { defineConfig } from "vitest/config";

// Coverage is measured by `npm run test:unit` (v8) and enforced: the floors below fail the run.
export default defineConfig({
  test: {
    // Property tests take a few seconds alone and several times that on a busy CI machine.
    testTimeout: 60_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // Generated data, and the binary's entry (the CLI is covered in process and by spawning it).
      exclude: ["src/**/*.generated.ts", "src/cli.ts"],
      reporter: ["text-summary"],
      thresholds: { lines: 95, branches: 90 },
    },
  },
});
