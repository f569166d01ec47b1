// Plain-text tables for the CLI (ingest summary, stats). Columns are padded
// by display width: a CJK character takes two terminal cells.
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

export type Cell = string | number;

/** Numbers are right-aligned, text left-aligned; a rule under the header. */
export function textTable(header: string[], rows: Cell[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => displayWidth(row[i] ?? ''))));
  const isNumber = (cell: Cell | undefined) => cell === undefined || typeof cell === 'number' || /^-?\d*\.?\d*$/.test(cell);
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((row) => isNumber(row[i])));
  const pad = (text: string, i: number) => {
    const fill = ' '.repeat(widths[i]! - displayWidth(text));
    return numeric[i] ? fill + text : text + fill;
  };
  const lines = cells.map((row) => header.map((_, i) => pad(row[i] ?? '', i)).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  return lines.join('\n');
}
