/**
 * Writes generated files as JSON in the normalised form, one node or relationship per line, so
 * two runs can be compared with `diff` (the same seed gives byte-identical files).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { NormalizedSeedFile } from '../model/format.ts';

export async function writeOut(folder: string, files: NormalizedSeedFile[]): Promise<string[]> {
  const written: string[] = [];
  for (const file of files) {
    const target = path.join(folder, `${file.file.replace(/\.ya?ml$/, '')}.json`);
    await mkdir(path.dirname(target), { recursive: true });
    const lines = (items: unknown[]) => items.map((item) => JSON.stringify(item)).join(',\n');
    const text = `{"file":${JSON.stringify(file.file)},\n"nodes":[\n${lines(file.nodes)}\n],\n"relationships":[\n${lines(file.relationships)}\n]}\n`;
    await writeFile(target, text);
    written.push(target);
  }
  return written;
}
