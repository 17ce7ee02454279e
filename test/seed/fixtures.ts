// Small seed folders written to a temp dir, so each test states exactly the input it checks.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

const folders: string[] = [];

/** Writes `{ 'facts.yaml': {...} }` (objects become YAML; strings are written as they are). */
export async function seedFolder(files: Record<string, unknown>): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'seed-test-'));
  folders.push(folder);
  for (const [name, content] of Object.entries(files)) {
    const path = join(folder, name);
    await mkdir(dirname(path), { recursive: true });
    const text = typeof content === 'string' ? content : stringify(content);
    await writeFile(path, text);
  }
  return folder;
}

export async function removeSeedFolders(): Promise<void> {
  await Promise.all(
    folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })),
  );
}

export const TEXT = 'Acme Corp makes widgets in Japan. Prices rose about 5% in March 2025.';

export const source = { id: 'source:doc', kind: 'ARTICLE', title: 'A document', text: TEXT };

export const japan = {
  id: 'country:JP',
  label: 'Country',
  name: 'Japan',
  iso2: 'JP',
  iso3: 'JPN',
  isoNumeric: '392',
  quote: 'Japan',
  confidence: 1,
};

export function acme(overrides: Record<string, unknown> = {}) {
  return {
    id: 'company:acme',
    label: 'Company',
    name: 'Acme Corp',
    quote: 'Acme Corp',
    confidence: 1,
    ...overrides,
  };
}

export const basedIn = {
  type: 'BASED_IN',
  from: 'company:acme',
  to: 'country:JP',
  quote: 'Acme Corp makes widgets in Japan',
  confidence: 1,
};

/** A one-file seed with the source, Japan, Acme and `extra` entries. */
export function facts(extra: { nodes?: unknown[]; relationships?: unknown[] } = {}) {
  return {
    sources: [source],
    defaultSourceIds: ['source:doc'],
    nodes: [japan, acme(), ...(extra.nodes ?? [])],
    relationships: [basedIn, ...(extra.relationships ?? [])],
  };
}
