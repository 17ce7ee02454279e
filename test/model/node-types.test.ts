/**
 * Adding a node type (CONTRIBUTING.md, "Add a node type"): the model declares it once
 * (src/model/labels.ts), and this test names every other place that still needs its line, so a
 * type added to the model alone fails here with the file to edit, not later in a user's hands.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isEnumType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../src/db/cypher.ts';
import { NodeSchema } from '../../src/model/format-nodes.ts';
import { ID_PREFIX, type InputLabel, SUPER_LABELS } from '../../src/model/labels.ts';
import { schema } from '../../src/schema/index.ts';
import { NODE_LABELS } from '../../src/schema/nodes/node-refs.ts';

const ROOT = path.join(CYPHER_DIR, '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** Every label a seed file or an import may state: the facts and their sources. */
const LABELS = [...Object.keys(ID_PREFIX), 'Source'] as InputLabel[];
const PREFIX: Record<InputLabel, string> = { ...ID_PREFIX, Source: 'source' };

/** The labels a node-label list of a Cypher statement names (`FOR (n:A|B|C)`). */
function labelsOf(text: string, marker: string): string[] {
  const at = text.indexOf(marker);
  const list = /FOR \(n:([A-Za-z|]+)\)/.exec(text.slice(at))?.[1] ?? '';
  return list.split('|');
}

/** `label` is in `list` itself or through one of its super-labels (Actor, Organization). */
const coveredBy = (list: string[], label: InputLabel) =>
  [label, ...SUPER_LABELS[label]].some((name) => list.includes(name));

describe('a node type of the model has its line everywhere it must', () => {
  const constraints = read('cypher/schema/001-constraints.cypher');
  const search = read('cypher/schema/003-search.cypher');
  const grass = read('cypher/browser/exposure-graph.grass');
  const ids = read('docs/ids.md');
  const seedFormat = read('docs/seed-format.md');
  const nodeSchemas = NodeSchema.options.map((option) => option.shape.label.value as string);
  const kindType = schema.getType('SearchKind');
  const searchKinds = isEnumType(kindType) ? kindType.getValues().map((value) => value.value) : [];

  it.each(LABELS)('%s', (label) => {
    const missing = [
      [
        nodeSchemas.includes(label) || label === 'Source',
        'its entry schema in src/model/format-nodes.ts (NodeSchema)',
      ],
      [
        constraints.includes(`FOR (n:${label}) REQUIRE n.id IS UNIQUE`),
        'a uniqueness constraint on its id in cypher/schema/001-constraints.cypher',
      ],
      [
        coveredBy(labelsOf(search, 'search_text'), label),
        'its label in the search_text index of cypher/schema/003-search.cypher',
      ],
      [
        (NODE_LABELS as readonly string[]).includes(label),
        'its ref in NODE_LABELS (src/schema/nodes/node-refs.ts)',
      ],
      [
        isObjectType(schema.getType(label)) &&
          schema.isSubType(schema.getType('Node') as never, schema.getType(label) as never),
        'a GraphQL object type implementing Node (src/schema/<area>/), imported by src/schema/index.ts',
      ],
      [
        searchKinds.some((kind) => kind === label || SUPER_LABELS[label].includes(kind as never)),
        'a SearchKind value (src/schema/search/search.ts)',
      ],
      [grass.includes(`node.${label} {`), 'a rule in cypher/browser/exposure-graph.grass'],
      [ids.includes(`\`${PREFIX[label]}:\``), `its prefix \`${PREFIX[label]}:\` in docs/ids.md`],
      [seedFormat.includes(label), 'its properties in docs/seed-format.md'],
    ]
      .filter(([present]) => !present)
      .map(([, where]) => where);
    expect(missing, `${label} still needs: ${missing.join('; ')}`).toEqual([]);
  });

  it('declares no label twice and no prefix twice', () => {
    expect(new Set(Object.values(PREFIX)).size).toBe(LABELS.length);
    expect(new Set(LABELS).size).toBe(LABELS.length);
  });
});
