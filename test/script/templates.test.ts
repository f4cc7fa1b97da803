import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateTemplatesModule } from "../../.ci/build-templates.mjs";
import { compileTemplate } from "../../src/script/internal/compileTemplate";
import { BUILT_IN_TEMPLATES } from "../../src/script/internal/templates.generated";

const folder = new URL("../../src/script/templates/", import.meta.url);

describe("built-in templates", () => {
  it("are bundled from the .mustache files (run `npm run templates` after editing them)", () => {
    expect(readFileSync(new URL("../internal/templates.generated.ts", folder), "utf8")).toBe(generateTemplatesModule());
  });

  it("are named <kind>.<variant>.mustache and compile under the strict rules", () => {
    const files = readdirSync(folder).filter((name) => name.endsWith(".mustache"));
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const name of files) {
      expect(name).toMatch(/^(call|voicemail|thank-you-email|follow-up-email|after-offer|after-rejection|no-decision)\.[a-z]+(?:-[a-z]+)*\.mustache$/);
      expect(() => compileTemplate(readFileSync(new URL(name, folder), "utf8"))).not.toThrow();
    }
    expect(Object.keys(BUILT_IN_TEMPLATES).length).toBe(files.length);
  });
});
