import { execute, parse, validate } from 'graphql';
import { createContext } from '../../src/context.ts';
import type { Database } from '../../src/db/database.ts';
import { schema } from '../../src/schema/index.ts';

/** Validates and runs a document against the schema with a fresh request context over the real database. */
// biome-ignore lint/suspicious/noExplicitAny: tests walk the JSON answer freely
type Answer = { data?: any; errors?: readonly { message: string; extensions?: any }[] };

export async function run(
  db: Database,
  query: string,
  variableValues?: Record<string, unknown>,
  /** `whole`: the planner reading every property, the oracle of the equivalence tests. */
  reads: 'planned' | 'whole' = 'planned',
): Promise<Answer> {
  const document = parse(query);
  // Validate first, as the server does: some errors (bad literals) only show there.
  const invalid = validate(schema, document);
  if (invalid.length > 0) return { errors: invalid };
  const result = await execute({
    schema,
    document,
    contextValue: { ...createContext(db), reads },
    variableValues: variableValues ?? {},
  });
  return result as Answer;
}

/**
 * The global id of a node: its graph id (src/schema/nodes/global-ids.ts); `type` says what it is.
 */
export const globalId = (_type: string, id: string) => id;

/** An id of the earlier form, base64 of `<Type>:<id>`, which arguments still accept. */
export const legacyGlobalId = (type: string, id: string) =>
  Buffer.from(`${type}:${id}`).toString('base64');
