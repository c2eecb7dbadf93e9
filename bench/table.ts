/** A plain-text table: columns padded to their widest cell, numbers right-aligned. */
export function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const numeric = header.map((_, column) => rows.length > 0 && rows.every((row) => /^[-\d.,~%/ s×x]*$/.test(row[column] ?? '')));
  const cell = (text: string, column: number): string => {
    const width = widths[column] ?? 0;
    return numeric[column] === true ? text.padStart(width) : text.padEnd(width);
  };
  const line = (cells: readonly string[]): string => cells.map((text, column) => cell(text, column)).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}
