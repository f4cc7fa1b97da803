import { defineConfig } from "vitest/config";

// The command-line tests spawn the built binary, so they run after `npm run build`
// (`npm run test:cli`), apart from the unit tests.
export default defineConfig({
  test: { include: ["test/cli/**/*.e2e.ts"], testTimeout: 20_000 },
});
