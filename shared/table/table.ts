/** A table read from CSV or XLSX: the header row and the data rows with their row numbers. */
export interface TableRow {
  /** The row number a spreadsheet shows (the header is row 1). */
  row: number;
  cells: string[];
}

export interface Table {
  headers: string[];
  rows: TableRow[];
  /** What the file turned out to be, shown to the user in the import step. */
  source: { kind: 'csv'; encoding: string; delimiter: string } | { kind: 'xlsx'; sheet: string };
}
