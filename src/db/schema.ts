import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CYPHER_DIR } from './cypher.ts';
import type { Database } from './database.ts';

const SCHEMA_DIR = path.join(CYPHER_DIR, 'schema');

export interface SchemaStatement {
  file: string;
  name: string;
  /** `drop`: an index that a newer one replaced, removed where it still exists. */
  kind: 'constraint' | 'index' | 'drop';
  text: string;
}

/**
 * The statements of `cypher/schema/*.cypher`, in file order. Each must be
 * `CREATE <CONSTRAINT|... INDEX> <name> IF NOT EXISTS ...`: the name lets /ready check the schema
 * is in place and `IF NOT EXISTS` makes applying twice a no-op. `DROP INDEX <name> IF EXISTS`
 * retires an index a newer one replaces (a changed definition needs a new name), also idempotent.
 */
export function schemaStatements(): SchemaStatement[] {
  const files = readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .sort();
  return files.flatMap((file) => {
    const text = readFileSync(path.join(SCHEMA_DIR, file), 'utf8').replace(/\/\/.*$/gm, '');
    return text
      .split(';')
      .map((statement) => statement.trim())
      .filter(Boolean)
      .map((statement): SchemaStatement => {
        const retired = /^DROP\s+INDEX\s+(\w+)\s+IF EXISTS$/i.exec(statement);
        if (retired?.[1]) return { file, name: retired[1], kind: 'drop', text: statement };
        const match = /^CREATE\s+(CONSTRAINT|(?:\w+\s+)?INDEX)\s+(\w+)\s+IF NOT EXISTS\b/i.exec(
          statement,
        );
        if (!match?.[2]) {
          throw new Error(
            `${file}: every statement must be CREATE ... <name> IF NOT EXISTS (or DROP INDEX <name> IF EXISTS): ${statement}`,
          );
        }
        const kind = match[1]?.toUpperCase() === 'CONSTRAINT' ? 'constraint' : 'index';
        return { file, name: match[2], kind, text: statement };
      });
  });
}

/**
 * Applies every schema statement, each in its own transaction (Neo4j forbids mixing them). No
 * timeout of the API's: building an index on a large graph takes what it takes.
 */
export async function applySchema(db: Database): Promise<{ applied: number; created: number }> {
  let created = 0;
  const statements = schemaStatements();
  for (const statement of statements) {
    const result = await db.runRaw(statement.text, {}, 'WRITE', {
      timeout: 0,
      name: `schema/${statement.file.replace(/\.cypher$/, '')}`,
    });
    const counters = result.summary.counters.updates();
    created += counters.constraintsAdded + counters.indexesAdded;
  }
  // Wait for the indexes so the first queries after start can use them.
  await db.runRaw('CALL db.awaitIndexes(300)', {}, 'WRITE', { timeout: 0, name: 'schema/await' });
  return { applied: statements.length, created };
}

/** Names of the schema statements that are missing or not yet online in the database. */
export async function missingSchema(db: Database): Promise<string[]> {
  const rows = await db.runText<{ name: string; state: string }>(
    'SHOW INDEXES YIELD name, state RETURN name, state',
    {},
    'READ',
    { name: 'schema/show-indexes' },
  );
  const online = new Set(rows.filter((row) => row.state === 'ONLINE').map((row) => row.name));
  const constraints = await db.runText<{ name: string }>(
    'SHOW CONSTRAINTS YIELD name RETURN name',
    {},
    'READ',
    { name: 'schema/show-constraints' },
  );
  for (const row of constraints) online.add(row.name);
  return schemaStatements()
    .filter((statement) => statement.kind !== 'drop')
    .map((statement) => statement.name)
    .filter((name) => !online.has(name));
}
