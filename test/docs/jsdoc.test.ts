import { readFileSync } from "node:fs";
import ts from "typescript";
import { renderScript, ruleCatalog, scriptVariants } from "../../src/index";
import { describe, expect, it } from "vitest";

/** Every value the package exports, with the JSDoc of its declaration. */
function exportedValues(): { name: string; summary: string; hasExample: boolean }[] {
  const entry = new URL("../../src/index.ts", import.meta.url).pathname;
  const program = ts.createProgram([entry], { strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  if (!source) throw new Error("no src/index.ts");
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error("no module symbol");
  return checker.getExportsOfModule(moduleSymbol).flatMap((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Variable | ts.SymbolFlags.Class))) return [];
    const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker));
    const hasExample = symbol.getJsDocTags(checker).some((tag) => tag.name === "example");
    return [{ name: exported.getName(), summary, hasExample }];
  });
}

/** Every name an entry exports (values and types), with the file that declares it. */
function exportedDeclarations(entryFile: string): { name: string; file: string }[] {
  const entry = new URL(`../../src/${entryFile}`, import.meta.url).pathname;
  const program = ts.createProgram([entry], { strict: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`no module symbol for ${entryFile}`);
  return checker.getExportsOfModule(moduleSymbol).flatMap((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    return (symbol.getDeclarations() ?? []).map((declaration) => ({ name: exported.getName(), file: declaration.getSourceFile().fileName }));
  });
}

describe("private folders", () => {
  // Issue 8: what lives in an internal/ folder is its layer's own; nothing public is declared there.
  it.each(["index.ts", "rule-tester.ts", "calendar.ts", "testing.ts", "holidays.ts"])("%s exports nothing declared in an internal/ folder", (entryFile) => {
    const declarations = exportedDeclarations(entryFile);
    expect(declarations.length).toBeGreaterThan(0);
    expect(declarations.filter((declaration) => declaration.file.includes("/src/") && declaration.file.includes("/internal/"))).toEqual([]);
  });
});

describe("public API documentation", () => {
  const values = exportedValues();

  it("exports the contract's functions and values", () => {
    expect(values.map((value) => value.name).sort()).toEqual(
      [
        "BUILT_IN_RULE_IDS",
        "afterCallOutcomes",
        "afterCall",
        "chooseChannel",
        "planFollowUp",
        "FollowUpInputError",
        "TemplateError",
        "bestCallTime",
        "createLinter",
        "defineRule",
        "fromWallClock",
        "isFollowUpError",
        "lintScript",
        "renderScript",
        "ruleCatalog",
        "scoreCallTime",
        "scriptKinds",
        "scriptTemplates",
        "scriptVariants",
        "sourceInfo",
        "validateCallPlan",
      ].sort(),
    );
  });

  it.each(values.map((value) => [value.name, value] as const))("%s has a JSDoc summary and an @example", (_name, value) => {
    expect(value.summary.length).toBeGreaterThan(20);
    expect(value.hasExample).toBe(true);
  });
});

describe("values shown in JSDoc examples", () => {
  const source = (file: string) => readFileSync(new URL(`../../src/${file}`, import.meta.url), "utf8");

  it("ruleCatalog's example lists the derived rules", () => {
    const shown = /rule\.derived\)\.map\(\(rule\) => rule\.id\);\n \* \/\/ (\[.*\])/.exec(source("validate/ruleCatalog.ts"))?.[1];
    expect(JSON.parse(shown ?? "null")).toEqual(ruleCatalog.filter((rule) => rule.derived).map((rule) => rule.id));
  });

  it("renderScript's example gives the seconds it shows", () => {
    const shown = /script\.seconds; \/\/ (\d+)/.exec(source("script/renderScript.ts"))?.[1];
    const data = {
      candidateName: "Dana Whitfield",
      jobTitle: "Operations Analyst",
      company: "Harbor Freight Lines",
      interviewerName: "Priya",
      interviewDate: "2026-11-17",
      phone: "+1 212 555 0147",
    };
    expect(Number(shown)).toBe(renderScript("voicemail", data).seconds);
  });

  it("scriptVariants' example lists the follow-up email's variants", () => {
    const shown = /scriptVariants\["follow-up-email"\]; \/\/ (\[.*\])/.exec(source("script/renderScript.ts"))?.[1];
    expect(JSON.parse(shown ?? "null")).toEqual(scriptVariants["follow-up-email"]);
  });
});
