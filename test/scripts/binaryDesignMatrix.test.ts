import fc from "fast-check";
import { Matrix } from "ml-matrix";
import { describe, expect, it } from "vitest";
import { BinaryDesignMatrix } from "../../scripts/binaryDesignMatrix";

// The trainer's committed weights depend on these products being the very doubles a dense
// ml-matrix gives: compare bit for bit (Object.is tells +0 from -0), not approximately.
const shapes = fc.record({ rows: fc.integer({ min: 1, max: 12 }), columns: fc.integer({ min: 1, max: 9 }) }).chain(({ rows, columns }) =>
  fc.record({
    cells: fc.array(fc.array(fc.boolean(), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }),
    left: fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: columns, maxLength: columns }),
    right: fc.array(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), { minLength: rows, maxLength: rows }),
  }),
);

function sparseOf(cells: readonly (readonly boolean[])[]): BinaryDesignMatrix {
  return BinaryDesignMatrix.fromRows(
    cells.map((row) => row.flatMap((one, column) => (one ? [column] : []))),
    (cells[0] as readonly boolean[]).length,
  );
}

function sameDoubles(actual: Matrix, expected: Matrix): boolean {
  const a = actual.to1DArray();
  const b = expected.to1DArray();
  return a.length === b.length && a.every((value, index) => Object.is(value, b[index]));
}

describe("BinaryDesignMatrix", () => {
  it("multiplies exactly as a dense ml-matrix does, and so does its transpose", () => {
    fc.assert(
      fc.property(shapes, ({ cells, left, right }) => {
        const dense = new Matrix(cells.map((row) => row.map((one) => (one ? 1 : 0))));
        const sparse = sparseOf(cells);
        expect(sameDoubles(sparse.mmul(Matrix.columnVector(left)), dense.mmul(Matrix.columnVector(left)))).toBe(true);
        expect(sameDoubles(sparse.transpose().mmul(Matrix.columnVector(right)), dense.transpose().mmul(Matrix.columnVector(right)))).toBe(true);
        for (let row = 0; row < dense.rows; row++) for (let column = 0; column < dense.columns; column++) expect(sparse.get(row, column)).toBe(dense.get(row, column));
      }),
    );
  });

  it("keeps one transpose, and the transpose of the transpose is the matrix", () => {
    const sparse = sparseOf([
      [true, false],
      [false, true],
    ]);
    expect(sparse.transpose()).toBe(sparse.transpose());
    expect(sparse.transpose().transpose()).toBe(sparse);
  });

  it.each([
    ["a column out of range", [Int32Array.of(0, 3)], 3],
    ["columns out of order", [Int32Array.of(2, 1)], 3],
    ["a repeated column", [Int32Array.of(1, 1)], 3],
  ])("refuses %s", (_name, ones, columns) => {
    expect(() => new BinaryDesignMatrix(ones, columns)).toThrow(RangeError);
  });

  it("refuses writes and mismatched shapes", () => {
    const sparse = sparseOf([[true, false]]);
    expect(() => sparse.set()).toThrow(TypeError);
    expect(() => sparse.mmul(Matrix.columnVector([1, 2, 3]))).toThrow(RangeError);
  });
});
