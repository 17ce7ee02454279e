/**
 * Loads generated files through the project's one write path (`writeFiles`: batched UNWIND, one
 * transaction per file, exactly as the seed), with a progress bar on a terminal (log lines
 * otherwise), and reports the rate in relationships per second.
 */
import { SingleBar } from 'cli-progress';
import type { Database } from '../db/database.ts';
import { writeFiles } from '../load/write.ts';
import type { NormalizedSeedFile } from '../model/format.ts';
import { countOf } from './generate.ts';

export interface LoadReport {
  nodes: number;
  relationships: number;
  seconds: number;
  relationshipsPerSecond: number;
}

export async function loadGenerated(
  db: Database,
  files: NormalizedSeedFile[],
  log: (line: string) => void,
): Promise<LoadReport> {
  const { nodes, relationships } = countOf(files);
  const total = nodes + relationships;
  const progress = progressReporter(total, log);
  const started = performance.now();
  let done = 0;
  try {
    for (const file of files) {
      await writeFiles(db, [file], {
        by: 'generator',
        onProgress: ({ written }) => progress.update(done + written),
      });
      done += file.nodes.length + file.relationships.length;
    }
  } finally {
    progress.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const report = {
    nodes,
    relationships,
    seconds,
    relationshipsPerSecond: Math.round(relationships / seconds),
  };
  log(
    `Loaded ${nodes} nodes and ${relationships} relationships in ${seconds.toFixed(1)} s: ${report.relationshipsPerSecond} relationships/s.`,
  );
  return report;
}

/** A bar on a terminal; elsewhere (CI, a log file) a line every five seconds. */
function progressReporter(total: number, log: (line: string) => void) {
  if (process.stderr.isTTY) {
    const bar = new SingleBar({
      format:
        'Loading [{bar}] {percentage}% | {value}/{total} nodes and relationships | {eta}s left',
      stream: process.stderr,
    });
    bar.start(total, 0);
    return { update: (value: number) => bar.update(value), stop: () => bar.stop() };
  }
  let last = performance.now();
  return {
    update: (value: number) => {
      if (performance.now() - last < 5000) return;
      last = performance.now();
      log(
        `  loading: ${value}/${total} nodes and relationships (${Math.round((100 * value) / total)}%)`,
      );
    },
    stop: () => {},
  };
}
