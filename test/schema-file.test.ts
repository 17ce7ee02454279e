import { readFileSync } from 'node:fs';
import { printSchema, validateSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';

describe('schema.graphql', () => {
  it('matches the schema the code builds (run `npm run schema` after changing src/schema)', () => {
    const committed = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(committed).toBe(`${printSchema(schema)}\n`);
  });
});

describe('the schema', () => {
  it('is a valid GraphQL schema', () => {
    expect(validateSchema(schema).map((error) => error.message)).toEqual([]);
  });
});
