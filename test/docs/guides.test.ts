import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * The TypeScript examples in docs/guides.md compile under `strict` against the library's own
 * types, with the page's stand-ins (a form, a card, a database) declared.
 */
const GUIDE = readFileSync(new URL("../../docs/guides.md", import.meta.url), "utf8");
const SOURCE = new URL("../../src/", import.meta.url).pathname;

// What the examples leave to the reader's app, by the name the page uses.
const STAND_INS = `
declare const form: { interview: { value: string }; interviewerZone: { value: string } };
declare const card: { title: string; subtitle: string; why: string[] };
declare function showFieldError(path: string, message: string): void;
declare const candidates: { id: string; jobTitle: string; followUp: import("followup-call").FollowUpInput }[];
declare function saveSteps(id: string, steps: readonly unknown[]): void;
declare function saveCalendar(id: string, ics: string): void;
`;

/** The page's ```ts blocks that are whole programs (the test-setup block runs under vitest's globals). */
function programs(): string[] {
  return [...GUIDE.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string).filter((code) => !code.includes("followup-call/testing/vitest"));
}

function compileErrors(code: string): string[] {
  const folder = mkdtempSync(join(tmpdir(), "guides-"));
  try {
    const file = join(folder, "example.ts");
    writeFileSync(join(folder, "stand-ins.d.ts"), `export {};\ndeclare global {${STAND_INS}}\n`);
    writeFileSync(file, code);
    const program = ts.createProgram([file, join(folder, "stand-ins.d.ts")], {
      strict: true,
      noEmit: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      resolveJsonModule: true,
      skipLibCheck: true,
      types: [],
      paths: { "followup-call": [`${SOURCE}index.ts`], "followup-call/*": [`${SOURCE}*.ts`] },
    });
    return ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file?.fileName === file || diagnostic.file?.fileName.endsWith("stand-ins.d.ts"))
      .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

describe("docs/guides.md", () => {
  it("has examples to check", () => {
    expect(programs().length).toBeGreaterThanOrEqual(2);
  });

  it.each(programs().map((code, index) => [index + 1, code] as const))(
    "example %i compiles under strict",
    (_index, code) => {
      expect(compileErrors(code)).toEqual([]);
    },
    60_000,
  );
});
