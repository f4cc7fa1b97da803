import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ruleCatalog, sourceInfo } from "../src/index";
import { SOURCE_IDS } from "../src/types";

describe("sourceInfo", () => {
  it("describes every source id, with a title and a publisher", () => {
    expect(Object.keys(sourceInfo).sort()).toEqual([...SOURCE_IDS].sort());
    for (const id of SOURCE_IDS) {
      expect(sourceInfo[id].id).toBe(id);
      expect(sourceInfo[id].title.length).toBeGreaterThan(10);
      expect(sourceInfo[id].publisher.length).toBeGreaterThan(3);
    }
  });

  it("covers every source a rule cites, and the sources page lists them all", () => {
    const page = readFileSync(new URL("../docs/sources.md", import.meta.url), "utf8");
    for (const rule of ruleCatalog) for (const id of rule.sources) expect(Object.hasOwn(sourceInfo, id), `${rule.id} cites ${id}`).toBe(true);
    for (const info of Object.values(sourceInfo)) {
      expect(page).toContain(`\`${info.id}\``);
      expect(page).toContain(info.title);
      expect(page).toContain(info.publisher);
    }
  });

  it("cannot be changed by a caller", () => {
    expect(Object.isFrozen(sourceInfo)).toBe(true);
    expect(Object.isFrozen(sourceInfo.monster)).toBe(true);
  });
});
