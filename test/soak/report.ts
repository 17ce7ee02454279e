import { memoryTrends } from './memory.ts';
import type { SoakResult } from './soak.ts';
import { FLAT } from './verdict.ts';

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const fixed = (value: number) => value.toFixed(1);

/** The soak's figures as markdown: the load, the errors, and the memory over time. */
export function soakReport(result: SoakResult, when: Date, machine: string): string {
  const trends = memoryTrends(result.memory, result.warmUpSeconds);
  const { connection, timeouts, non2xx, graphql } = result.errors;
  const memoryRows = (['rss', 'heapUsed'] as const).map((key) => {
    const t = trends[key];
    const trend = `${t.slopePerMinute >= 0 ? '+' : ''}${t.slopePerMinute.toFixed(2)} MB/min`;
    const name = key === 'rss' ? 'RSS (MB)' : 'heap used (MB)';
    return [name, fixed(t.first), fixed(t.last), fixed(t.min), fixed(t.max), trend];
  });
  const lines = [
    '# Soak',
    '',
    `\`npm run soak\` on ${when.toISOString().slice(0, 10)}, ${machine}: the real server (\`src/main.ts\`, a child process) over the seeded data, ${result.connections} autocannon connections on loopback for ${fixed(result.seconds)} s, each cycling through ${result.operations.join(', ')}. The server's memory is sampled after a full GC (\`--expose-gc\`); the first ${result.warmUpSeconds} s are warm-up. Flat: the least-squares line through the samples after warm-up grows by less than ${FLAT.heapUsed} MB (heap) and ${FLAT.rss} MB (RSS).`,
    '',
    ...table([
      ['load', ''],
      ['requests', `${result.requests} (${fixed(result.perSecond)}/s)`],
      [
        'latency p50 / p97.5 / p99 / max',
        `${result.latency.p50} / ${result.latency.p97_5} / ${result.latency.p99} / ${result.latency.max} ms`,
      ],
      [
        'errors: connection / timeouts / non-2xx / GraphQL errors',
        `${connection} / ${timeouts} / ${non2xx} / ${graphql}`,
      ],
      ['server exit after SIGTERM', String(result.exitCode)],
    ]),
    '',
    ...table([
      [`memory after warm-up (${trends.samples} samples)`, 'first', 'last', 'min', 'max', 'trend'],
      ...memoryRows,
    ]),
    '',
    ...table([
      ['s', 'RSS (MB)', 'heap used (MB)', 'heap total (MB)', 'external (MB)'],
      ...result.memory.map((s) => [
        `${fixed(s.at)}${s.afterLoad ? ' (load over)' : ''}`,
        mb(s.rss),
        mb(s.heapUsed),
        mb(s.heapTotal),
        mb(s.external),
      ]),
    ]),
    '',
  ];
  return lines.join('\n');
}

/** A markdown table with its columns padded, as the formatter (Biome) writes them. */
function table([head = [], ...rows]: string[][]): string[] {
  const widths = head.map((_, i) =>
    Math.max(3, ...[head, ...rows].map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(head), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)];
}
