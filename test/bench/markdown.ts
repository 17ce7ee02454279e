/**
 * A markdown table with its columns padded to the widest cell, as the repository's formatter
 * (Biome) writes them, so a table the benchmark writes into docs/ passes `npm run lint` as is.
 */
export function markdownTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((cell, i) =>
    Math.max(3, cell.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
