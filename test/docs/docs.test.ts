import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bestCallTime, ruleCatalog } from "../../src/index";
import { SOURCE_IDS } from "../../src/types";
import { readmeWithTable } from "./_rulesTable";
import { docWithSection } from "./_scriptsDoc";

const root = new URL("../../", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

describe("rule documentation", () => {
  it.each(ruleCatalog.map((meta) => [meta.id, meta] as const))("%s has a page that matches its metadata", (id, meta) => {
    expect(meta.docs).toBe(`https://unpkg.com/followup-call/docs/rules/${id}.md`);
    const local = meta.docs.replace("https://unpkg.com/followup-call/", "");
    expect(existsSync(new URL(local, root))).toBe(true);
    const page = read(local);
    expect(page.startsWith(`# ${id}\n`)).toBe(true);
    expect(page).toContain(`- **Default severity:** ${meta.defaultSeverity}`);
    expect(page).toContain(`- **Sources:** ${meta.sources.length ? meta.sources.join(", ") : "none (derived)"}`);
    expect(page).toContain(`- **Derived:** ${meta.derived ? "yes" : "no"}`);
    for (const section of ["## What it checks", "## Why", "### ❌ Incorrect", "### ✅ Correct", "## Options", "## When to turn it off"]) {
      expect(page, `${id}: ${section}`).toContain(section);
    }
    for (const source of meta.sources) expect(SOURCE_IDS).toContain(source);
    if (meta.derived) expect(page.toLowerCase()).toMatch(/house policy|derived/);
  });

  it("has no page for a rule that does not exist", () => {
    const pages = readdirSync(new URL("docs/rules/", root)).filter((name) => name.endsWith(".md") && name !== "README.md");
    expect(pages.map((name) => name.replace(/\.md$/, "")).sort()).toEqual(ruleCatalog.map((meta) => meta.id).sort());
  });

  it("keeps the README rules table in sync with ruleCatalog (npm run docs:rules)", () => {
    const readme = read("README.md");
    expect(readme).toBe(readmeWithTable(readme));
  });

  it("keeps the rendered scripts in docs/scripts.md in sync (npm run docs:scripts)", () => {
    const doc = read("docs/scripts.md");
    expect(doc).toBe(docWithSection(doc));
  });

  it("keeps the README example's comments true", () => {
    const readme = read("README.md");
    const example = readme.slice(readme.indexOf("## Example"), readme.indexOf("## What it does"));
    const input = {
      interviewedAt: "2026-11-10T14:00:00-05:00",
      timeZone: "America/New_York",
      callerTimeZone: "Europe/London",
      now: "2026-11-12T09:00:00Z",
    };
    for (const [key, value] of Object.entries(input)) expect(example).toContain(`${key}: "${value}"`);
    const best = bestCallTime(input);
    expect(example).toContain(`// "${best.atLocal}"`);
    expect(example).toContain(`// "${best.caller?.startLocal}"`);
  });

  it("starts the README with the two commands", () => {
    const readme = read("README.md");
    const firstBlock = readme.slice(readme.indexOf("```"), readme.indexOf("```", readme.indexOf("```") + 3));
    expect(firstBlock).toContain("npm ci && npm run demo");
    expect(firstBlock).toContain("npm test");
  });
});

describe("links that must work from npm", () => {
  it("point the README's links into the package as the npm CDN serves it, at files the package ships", () => {
    const readme = read("README.md");
    const links = [...readme.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)].map((match) => match[1] as string);
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) {
      expect(link, link).toMatch(/^https:\/\//);
      if (link.startsWith("https://unpkg.com/followup-call/")) {
        const local = link.replace("https://unpkg.com/followup-call/", "");
        expect(existsSync(new URL(local, root)), link).toBe(true);
        const shipped = (JSON.parse(read("package.json")) as { files: string[] }).files;
        expect(
          shipped.some((entry) => local === entry || local.startsWith(`${entry}/`)),
          `${link} is not in the package`,
        ).toBe(true);
      }
    }
  });
});
