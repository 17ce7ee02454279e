// The exported file schema agrees with the reader, and readSeed handles files, folders and
// paths that are not there.
import { readdir, readFile } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readSeed } from '../../src/load/read/read.ts';
import { SeedFileSchema } from '../../src/model/format.ts';
import { facts, removeSeedFolders, seedFolder } from './fixtures.ts';

afterAll(removeSeedFolders);

const SEED = new URL('../../seed/', import.meta.url);

describe('seed format', () => {
  it('SeedFileSchema accepts every committed seed file', async () => {
    const names = (await readdir(SEED, { recursive: true })).filter((name) =>
      name.endsWith('.yaml'),
    );
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      const result = SeedFileSchema.safeParse(parse(await readFile(new URL(name, SEED), 'utf8')));
      expect(result.error?.issues, name).toBeUndefined();
    }
  });

  it('reads a single file, naming it by its file name', async () => {
    const folder = await seedFolder({ 'facts.yaml': facts() });
    const result = await readSeed(`${folder}/facts.yaml`);
    expect(result.ok && result.files.map((file) => [file.file, file.nodes.length])).toEqual([
      ['facts.yaml', 3],
    ]);
  });

  it('reports a missing path and a folder without seed files', async () => {
    expect(await readSeed('/no/such/seed')).toEqual({
      ok: false,
      errors: [{ file: '/no/such/seed', path: '', message: 'no such file or folder' }],
    });
    const empty = await seedFolder({ 'notes.txt': 'not a seed file' });
    const result = await readSeed(empty);
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual([
      'no seed files (.yaml, .yml, .json) found',
    ]);
  });
});
