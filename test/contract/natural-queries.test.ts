// Natural front-end queries (test/contract/natural/*.graphql): one or more per root field, nested
// two to four levels, with the default page sizes, as a UI would write them. Every one must pass
// the default limits (depth, aliases, cost: docs/limits.md) and answer without an error, in
// production mode. When a limit or a default page changes, this says whether real queries still fit.
import { readdirSync, readFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { schema } from '../../src/schema/index.ts';
import { costOf } from '../../src/security/cost.ts';
import { securityFromConfig } from '../../src/security/settings.ts';
import { createApp } from '../../src/yoga.ts';
import { testDatabase } from '../helpers/database.ts';

const FOLDER = new URL('./natural/', import.meta.url);
const QUERIES = readdirSync(FOLDER)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => [file, readFileSync(new URL(file, FOLDER), 'utf8')] as const);

const db = testDatabase();
const production = securityFromConfig(loadConfig({ NODE_ENV: 'production' }));
const app = createApp({ db, security: production });

describe('natural front-end queries', () => {
  it('cover every root field of Query', () => {
    const asked = new Set(
      QUERIES.flatMap(([, text]) =>
        parse(text).definitions.flatMap((definition) =>
          definition.kind === 'OperationDefinition'
            ? definition.selectionSet.selections.flatMap((s) =>
                s.kind === 'Field' ? [s.name.value] : [],
              )
            : [],
        ),
      ),
    );
    const roots = Object.keys(schema.getQueryType()?.getFields() ?? {});
    expect(roots.filter((root) => !asked.has(root))).toEqual([]);
  });

  it.each(QUERIES)(
    '%s is valid, within the default cost, and answers without an error',
    async (_file, text) => {
      expect(validate(schema, parse(text)).map((error) => error.message)).toEqual([]);
      expect(costOf({ schema, document: parse(text) })).toBeLessThanOrEqual(production.limits.cost);
      const response = await app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: text }),
      });
      const body = (await response.json()) as {
        data?: Record<string, unknown>;
        errors?: unknown[];
      };
      expect(body.errors).toBeUndefined();
      expect(response.status).toBe(200);
      // Each root field answered something: no root null, no typed error beside the answer.
      for (const [field, value] of Object.entries(body.data ?? {})) {
        expect(value, field).not.toBeNull();
        expect((value as { error?: unknown }).error ?? null, field).toBeNull();
      }
    },
  );
});
