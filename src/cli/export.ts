/** `npm run export -- <folder>`: the whole graph in the seed format (docs/import-export.md). */
import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { connect } from '../db/connect.ts';
import { ExportError, exportGraph } from '../load/export.ts';

const program = new Command('export')
  .description(
    'Write the whole graph to a new folder in the seed format, with its history; `npm run import -- --restore <folder>` into an empty database rebuilds it exactly.',
  )
  .argument('<folder>', 'a folder that does not exist yet, or is empty')
  .action(async (folder: string) => {
    const config = loadConfig();
    const connection = await connect(config, (line) => console.error(line));
    try {
      const result = await exportGraph(connection.db, folder);
      console.log(
        `Exported ${result.nodes} nodes, ${result.relationships} relationships and ${result.versions} earlier versions to ${result.files} file(s) in ${folder}; read back and checked.`,
      );
    } finally {
      await connection.close();
    }
  });

program.parseAsync().catch((error: Error) => {
  console.error(error instanceof ExportError ? error.message : error);
  process.exit(error instanceof ExportError ? 2 : 1);
});
