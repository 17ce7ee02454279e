// docs/article-coverage.md stays true to the seed: it quotes every sentence and heading of the
// article, names every node of the article's file, and names only ids that exist.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSeed } from '../../src/load/read/read.ts';
import type { NormalizedSeedFile } from '../../src/model/format.ts';

const read = (path: string) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8');
const ID = /[a-z][a-z-]*:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?(?:\/status\/\d+)?/g;

let files: NormalizedSeedFile[];
let doc: string;

beforeAll(async () => {
  const result = await readSeed(new URL('../../seed/', import.meta.url).pathname);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  files = result.files;
  doc = await read('docs/article-coverage.md');
});

describe('docs/article-coverage.md', () => {
  it('quotes every sentence and heading of the article', async () => {
    const article = await read('seed/sources/china-japan-dual-use-export-curbs.txt');
    const flowing = doc.replace(/\s+/g, ' ');
    const pieces = article.split(/\n|(?<=\.)\s+/).filter((piece) => piece.trim() !== '');
    for (const piece of pieces) expect(flowing, piece).toContain(piece.trim());
  });

  it('names every node of the article file', () => {
    const article = files.find((file) => file.file === 'china-japan-dual-use-export-curbs.yaml');
    const ids = article?.nodes.filter((node) => node.labels[0] !== 'StatusChange').map((n) => n.id);
    expect(ids?.length).toBeGreaterThan(50);
    for (const id of ids ?? []) expect(doc, id).toContain(`\`${id}`);
  });

  it('names only nodes and relationships that exist', () => {
    const nodes = new Set(files.flatMap((file) => file.nodes.map((node) => node.id)));
    const relationships = new Set(files.flatMap((file) => file.relationships.map((r) => r.id)));
    for (const [, code] of doc.matchAll(/`([^`]+)`/g)) {
      const text = code as string;
      for (const id of text.match(ID) ?? []) {
        // `impact-estimate:kiuchi-…` stands for a family of ids.
        if (!text.includes(`${id}-…`)) expect(nodes.has(id), id).toBe(true);
      }
      if (/^[a-z][a-z-]*:\S+-\[[A-Z_]+\]->\S+$/.test(text) && !text.includes('…')) {
        // A chain `a-[T]->b-[U]->c` names each of its hops.
        const parts = text.split(/-\[([A-Z_]+)\]->/);
        for (let hop = 0; hop + 2 < parts.length; hop += 2) {
          const id = `${parts[hop]}-[${parts[hop + 1]}]->${parts[hop + 2]}`;
          expect(relationships.has(id), id).toBe(true);
        }
      }
    }
  });
});
