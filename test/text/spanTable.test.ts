import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SpanTable, spanHash } from "../../src/text/spanTable";

describe("SpanTable", () => {
  it("finds a key inside a longer text, and nothing for a near miss", () => {
    const table = new SpanTable<number>(10);
    table.set("there", spanHash("there"), 1);
    const text = "hello there, theres";
    expect(table.get(text, 6, 11, spanHash(text, 6, 11))).toBe(1);
    expect(table.get(text, 13, 19, spanHash(text, 13, 19))).toBeUndefined();
    expect(table.get(text, 0, 5, spanHash(text, 0, 5))).toBeUndefined();
  });

  it("behaves as a map that empties when it reaches its limit", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), fc.integer({ min: 1, max: 200 }), (keys, limit) => {
        const table = new SpanTable<string>(limit);
        const model = new Map<string, string>();
        for (const key of keys) {
          const hash = spanHash(key);
          expect(table.get(key, 0, key.length, hash)).toBe(model.get(key));
          if (model.has(key)) continue;
          if (model.size >= limit) model.clear();
          model.set(key, key.toUpperCase());
          table.set(key, hash, key.toUpperCase());
          expect(table.size).toBe(model.size);
        }
        for (const [key, value] of model) expect(table.get(`>${key}<`, 1, key.length + 1, spanHash(key))).toBe(value);
      }),
    );
  });

  it("keeps colliding hashes apart", () => {
    const table = new SpanTable<string>(100);
    for (const key of ["ab", "ba", "abc", "cab"]) table.set(key, 7, key);
    for (const key of ["ab", "ba", "abc", "cab"]) expect(table.get(key, 0, key.length, 7)).toBe(key);
    expect(table.get("bc", 0, 2, 7)).toBeUndefined();
  });
});
