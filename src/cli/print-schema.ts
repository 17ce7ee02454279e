/** `npm run schema`: prints the GraphQL schema to schema.graphql (committed; a test checks drift). */
import { writeFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { schema } from '../schema/index.ts';

export const SCHEMA_FILE = new URL('../../schema.graphql', import.meta.url);

writeFileSync(SCHEMA_FILE, `${printSchema(schema)}\n`);
console.log(`Wrote ${SCHEMA_FILE.pathname}`);
