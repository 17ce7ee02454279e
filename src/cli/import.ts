/** `npm run import -- <file|folder> [--dry-run] [--as <who>] [--restore]` (docs/import-export.md). */
import { SingleBar } from 'cli-progress';
import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { connect } from '../db/connect.ts';
import { applySchema } from '../db/schema.ts';
import { type ImportOptions, ImportValidationError, importGraph } from '../load/import.ts';
import { formatCounts } from '../load/report.ts';
import { WriteConflictError, type WriteProgress } from '../load/write.ts';

/** Above this many rows the import shows a progress bar (on stderr, when it is a terminal). */
const PROGRESS_FROM = 1000;

function progressBar(): { onProgress: (progress: WriteProgress) => void; stop: () => void } {
  let bar: SingleBar | undefined;
  return {
    onProgress: ({ written, total }) => {
      if (total <= PROGRESS_FROM) return;
      if (!bar) {
        bar = new SingleBar({
          format: 'Writing [{bar}] {percentage}% | {value}/{total} nodes and relationships',
          stream: process.stderr,
        });
        bar.start(total, written);
      } else bar.update(written);
    },
    stop: () => bar?.stop(),
  };
}

const program = new Command('import')
  .description(
    'Import seed files (YAML/JSON) and CSV (actors, goods, dependencies) into Neo4j: validate everything, then write it all in one transaction.',
  )
  .argument('<path>', 'a file or a folder')
  .option('--dry-run', 'validate and count what would change; write nothing')
  .option(
    '--as <who>',
    'who imports, recorded as assertedBy "import:<who>" (default: the file name)',
  )
  .option('--restore', "read an export's history: sections (knowledge time and earlier versions)")
  .action(async (path: string, flags: { dryRun?: boolean; as?: string; restore?: boolean }) => {
    const config = loadConfig();
    const connection = await connect(config, (line) => console.error(line));
    const bar = progressBar();
    try {
      await applySchema(connection.db);
      const options: ImportOptions = {
        dryRun: flags.dryRun ?? false,
        restore: flags.restore ?? false,
        onProgress: bar.onProgress,
        ...(flags.as ? { as: flags.as } : {}),
      };
      const result = await importGraph(connection.db, path, options);
      bar.stop();
      const what = `${result.files} file(s), ${result.nodes} nodes and ${result.relationships} relationships`;
      console.log(`${result.dryRun ? 'Dry run of' : 'Imported'} ${what} as ${result.by}:`);
      for (const line of formatCounts(result.counts)) console.log(`  ${line}`);
      if (result.dryRun) console.log('Dry run: nothing was written.');
    } finally {
      bar.stop();
      await connection.close();
    }
  });

program.parseAsync().catch((error: Error) => {
  if (error instanceof ImportValidationError || error instanceof WriteConflictError) {
    console.error(
      error instanceof WriteConflictError
        ? `${error.message}; nothing was written.`
        : error.message,
    );
    process.exit(2);
  }
  console.error('The import failed and was rolled back; nothing was written.');
  console.error(error);
  process.exit(1);
});
