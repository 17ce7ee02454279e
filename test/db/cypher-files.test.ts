import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR, compact, parametersOf, registeredQueries } from '../../src/db/cypher.ts';
import '../../src/schema/index.ts';
import '../../src/load/write.ts';
// The reach index's builds (main.ts starts its refresher).
import '../../src/exposure/reach-index.ts';
import '../../src/http/warm-documents.ts';
// The benchmark's floor declares its own queries (cypher/bench/).
import '../bench/floor-answers.ts';

// Schema files are applied by db/schema.ts and browser files are for analysts to paste.
const UNREGISTERED = ['schema/', 'browser/'];

const queryFiles = readdirSync(CYPHER_DIR, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.cypher'))
  .map((file) => file.split(path.sep).join('/'))
  .filter((file) => !UNREGISTERED.some((folder) => file.startsWith(folder)))
  .map((file) => file.replace(/\.cypher$/, ''))
  .sort();

describe('the Cypher files', () => {
  it('are each declared by exactly one defineQuery', () => {
    expect(
      registeredQueries()
        .map((q) => q.name)
        .sort(),
    ).toEqual(queryFiles);
  });

  it.each(registeredQueries().map((q) => [q.name, q] as const))(
    '%s declares exactly the $params its text uses',
    (_name, query) => {
      expect([...query.params].sort()).toEqual(parametersOf(query.text));
    },
  );

  // What is sent is the file without its comment lines (compact, src/db/cypher.ts), which keeps
  // a comment after code on the same line: none may be written so, or it would reach Neo4j.
  it.each(queryFiles)('%s has comments on lines of their own only', (name) => {
    const text = readFileSync(path.join(CYPHER_DIR, `${name}.cypher`), 'utf8');
    const mixed = text
      .split('\n')
      .filter((line) => /\S.*\/\//.test(line.trim().replace(/^\/\/.*/, '')));
    expect(mixed).toEqual([]);
  });

  it('are sent without their comment lines and indentation, line for line otherwise', () => {
    const text = '// why\nMATCH (n)\n  // and why not\n  WHERE n.id = $id\n\nRETURN n';
    expect(compact(text)).toBe('MATCH (n)\nWHERE n.id = $id\nRETURN n');
    for (const query of registeredQueries()) expect(query.text).not.toMatch(/^\s*\/\//m);
  });
});
