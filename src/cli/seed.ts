/** `npm run seed [-- <file|folder>]`: validate, then load (MERGE on id; running it twice is a no-op). */
import { Command } from 'commander';
import { loadConfig } from '../config.ts';
import { connect } from '../db/connect.ts';
import { applySchema } from '../db/schema.ts';
import { loadSeed, SEED_DIR, SeedValidationError } from '../load/seed.ts';

const program = new Command('seed')
  .description('Load seed files (YAML/JSON) into Neo4j.')
  .argument('[path]', 'a seed file or folder', SEED_DIR)
  .action(async (path: string) => {
    const config = loadConfig();
    const connection = await connect(config, console.log);
    try {
      await applySchema(connection.db);
      await loadSeed(connection.db, path, console.log);
    } finally {
      await connection.close();
    }
  });

program.parseAsync().catch((error: Error) => {
  console.error(error instanceof SeedValidationError ? error.message : error);
  process.exit(error instanceof SeedValidationError ? 2 : 1);
});
