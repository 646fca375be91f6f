/*
 * A table of cells coded as integers, one dictionary per column, in one flat array: how the
 * microdata file for publication holds every row at once for k-anonymity (k-anonymity.ts)
 * without a JavaScript object per cell.
 */

export type CodedTable = {
  /** Row-major codes: `codes[row * columns + column]`; 0 is blank, any other number one value. */
  codes: Int32Array;
  rows: number;
  columns: number;
};

/**
 * Codes rows of cells into a CodedTable, one dictionary per column (null and "" are blank), and
 * decodes them again; the export fills it a chunk of rows at a time.
 */
export class CellCoder<Cell extends string | number | null> {
  private readonly dictionaries: Map<Cell, number>[];
  private readonly values: Cell[][];
  private codes: Int32Array;
  private filled = 0;

  constructor(
    readonly columns: number,
    private readonly blank: Cell,
    expectedRows = 64,
  ) {
    this.dictionaries = Array.from({ length: columns }, () => new Map());
    this.values = Array.from({ length: columns }, () => [blank]);
    this.codes = new Int32Array(Math.max(1, expectedRows) * columns);
  }

  add(row: readonly Cell[]): void {
    if (row.length !== this.columns) throw new Error(`row has ${row.length} cells, expected ${this.columns}`);
    if ((this.filled + 1) * this.columns > this.codes.length) {
      const grown = new Int32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    row.forEach((cell, column) => {
      this.codes[this.filled * this.columns + column] = this.code(column, cell);
    });
    this.filled += 1;
  }

  table(): CodedTable {
    return { codes: this.codes, rows: this.filled, columns: this.columns };
  }

  row(index: number): Cell[] {
    const out: Cell[] = [];
    for (let column = 0; column < this.columns; column += 1)
      out.push(this.values[column][this.codes[index * this.columns + column]] as Cell);
    return out;
  }

  private code(column: number, cell: Cell): number {
    if (cell === null || cell === "" || cell === this.blank) return 0;
    const dictionary = this.dictionaries[column];
    const known = dictionary.get(cell);
    if (known !== undefined) return known;
    const values = this.values[column];
    values.push(cell);
    dictionary.set(cell, values.length - 1);
    return values.length - 1;
  }
}
