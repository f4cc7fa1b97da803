import { AbstractMatrix, Matrix } from "ml-matrix";

/**
 * A matrix of 0s and 1s kept as the column indexes of its 1s, for ml-logistic-regression's
 * gradient descent. The trainer's matrix has ~8,000 rows, ~3,000 columns and ~15 ones per row:
 * dense, each step's `mmul` and `transpose` touched 25 million cells; here they touch the ones.
 *
 * The products are bit-for-bit those of a dense `Matrix` for finite operands: ml-matrix sums
 * each row's products in column order starting from +0, and a product with a 0 cell is ±0,
 * which leaves such a sum unchanged (an infinite operand would make 0·∞ a NaN the sparse sum
 * skips; weights and errors in training stay finite). Summing the 1s' products in the same order
 * therefore gives the same doubles; test/scripts/binaryDesignMatrix.test.ts checks that against
 * the dense matrix, and `npm run check:model` that retraining reproduces model.json.
 */
export class BinaryDesignMatrix extends AbstractMatrix {
  /** For each row, the columns holding a 1, ascending. */
  private readonly ones: readonly Int32Array[];
  private transposed: BinaryDesignMatrix | undefined;

  constructor(ones: readonly Int32Array[], columns: number) {
    super();
    for (const row of ones)
      for (let at = 0; at < row.length; at++) {
        const column = row[at] as number;
        if (!(column >= 0 && column < columns) || (at > 0 && column <= (row[at - 1] as number))) throw new RangeError("column indexes must be ascending and in range");
      }
    this.ones = ones;
    // AbstractMatrix reads these two fields.
    (this as unknown as { rows: number }).rows = ones.length;
    (this as unknown as { columns: number }).columns = columns;
  }

  /** From each row's set of column indexes (any order). */
  static fromRows(rows: readonly Iterable<number>[], columns: number): BinaryDesignMatrix {
    return new BinaryDesignMatrix(
      rows.map((row) => Int32Array.from(new Set(row)).sort()),
      columns,
    );
  }

  override get(rowIndex: number, columnIndex: number): number {
    const row = this.ones[rowIndex] as Int32Array;
    let low = 0;
    let high = row.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const column = row[middle] as number;
      if (column === columnIndex) return 1;
      if (column < columnIndex) low = middle + 1;
      else high = middle - 1;
    }
    return 0;
  }

  override set(): this {
    throw new TypeError("BinaryDesignMatrix is read-only");
  }

  override mmul(other: AbstractMatrix | number[][]): Matrix {
    const right = Matrix.checkMatrix(other);
    if (right.rows !== this.columns) throw new RangeError("Matrix dimensions do not match");
    const result = new Matrix(this.rows, right.columns);
    const column = new Float64Array(right.rows);
    for (let j = 0; j < right.columns; j++) {
      for (let k = 0; k < right.rows; k++) column[k] = right.get(k, j);
      for (let i = 0; i < this.rows; i++) {
        const row = this.ones[i] as Int32Array;
        let sum = 0;
        for (let at = 0; at < row.length; at++) sum += column[row[at] as number] as number;
        result.set(i, j, sum);
      }
    }
    return result;
  }

  // Typed as ml-matrix's `transpose()`; the library only multiplies the result.
  override transpose(): Matrix {
    return this.transposedMatrix() as unknown as Matrix;
  }

  private transposedMatrix(): BinaryDesignMatrix {
    if (this.transposed === undefined) {
      const columns: number[][] = Array.from({ length: this.columns }, () => []);
      this.ones.forEach((row, rowIndex) => {
        for (const column of row) (columns[column] as number[]).push(rowIndex);
      });
      this.transposed = new BinaryDesignMatrix(
        columns.map((rows) => Int32Array.from(rows)),
        this.rows,
      );
      this.transposed.transposed = this;
    }
    return this.transposed;
  }
}
