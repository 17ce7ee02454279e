/**
 * The typed client's guard (docs/explorer.md): GraphQL Code Generator, as `npm run codegen` (and
 * so `npm run typecheck`) runs it, refuses an operation that does not match schema.graphql, and
 * accepts the explorer's own.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { afterAll, describe, expect, it } from 'vitest';
import config from '../../codegen.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'codegen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The project's configuration, with other documents and output in a temporary folder. */
function configWith(documents: string[]) {
  return {
    ...config,
    documents,
    silent: true,
    generates: Object.fromEntries(
      Object.entries(config.generates).map(([target, output]) => [
        target.endsWith('/') ? `${path.join(dir, 'gql')}/` : path.join(dir, path.basename(target)),
        output,
      ]),
    ),
  };
}

describe('npm run codegen', () => {
  it('types the explorer’s operations', async () => {
    const files: { filename: string; content: string }[] = await generate(
      configWith(['web/src/operations/**/*.ts']),
      false,
    );
    const graphql = files.find((file) => file.filename.endsWith('graphql.ts'))?.content ?? '';
    expect(graphql).toContain('export type ExplorerExposedFirmsQuery');
    const possible = files.find((file) => file.filename.endsWith('possible-types.ts'))?.content;
    expect(possible).toMatch(/"Node": \[/);
  }, 60_000);

  it('fails on an operation that no longer matches the schema', async () => {
    const broken = path.join(dir, 'broken.ts');
    writeFileSync(
      broken,
      'import { graphql } from \'./gql\';\nexport const Q = graphql(`query Broken { search(query: "x") { edges { node { id caption } } } }`);\n',
    );
    await expect(generate(configWith([broken]), false)).rejects.toThrow(
      /Cannot query field "caption" on type "Node"/,
    );
  }, 60_000);
});
