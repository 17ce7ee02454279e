// The operations docs/mutations.md shows are valid against the schema as built, so the page
// cannot drift from the API.
import { readFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.ts';

const page = readFileSync(new URL('../../docs/mutations.md', import.meta.url), 'utf8');
const operations = [...page.matchAll(/```graphql\n([\s\S]*?)```/g)]
  .map((match) => match[1] ?? '')
  .filter((block) => /^(mutation|query|\{)/.test(block.trim()));

describe('docs/mutations.md', () => {
  it('shows operations', () => {
    expect(operations.length).toBeGreaterThanOrEqual(3);
  });

  it.each(operations.map((operation, index) => [index, operation]))(
    'operation %i is valid against the schema',
    (_index, operation) => {
      expect(validate(schema, parse(operation)).map((error) => error.message)).toEqual([]);
    },
  );
});
