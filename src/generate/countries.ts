/**
 * Real countries: the project's own ISO 3166-1 reference file, read through the seed reader so
 * the nodes (and their source, `source:iso-3166-1`) are exactly what the seed loads. Firms and
 * measures draw countries weighted by the size of their economies.
 */
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSeed } from '../load/read/read.ts';
import type { NormalizedSeedFile } from '../model/format.ts';
import { cumulate, type Random } from './random.ts';

const COUNTRIES_FILE = fileURLToPath(
  new URL('../../seed/reference/countries.yaml', import.meta.url),
);

/** Rough shares of world output and trade; every other country gets a small weight. */
const ECONOMY_WEIGHT: Record<string, number> = {
  US: 25,
  CN: 18,
  JP: 8,
  DE: 7,
  IN: 5,
  GB: 5,
  FR: 5,
  KR: 4,
  IT: 3,
  CA: 3,
  TW: 3,
  NL: 2,
  CH: 2,
  BR: 2,
  AU: 2,
  ES: 2,
  MX: 2,
  SG: 2,
  SE: 1,
  PL: 1,
  BE: 1,
  ID: 1,
  TR: 1,
  SA: 1,
  TH: 1,
  VN: 1,
  MY: 1,
  RU: 1,
  AE: 1,
  IL: 1,
  NO: 1,
  AT: 1,
  IE: 1,
  DK: 1,
  ZA: 1,
};
const OTHER_WEIGHT = 0.05;

export interface Country {
  id: string;
  iso2: string;
  name: string;
}

export interface Countries {
  file: NormalizedSeedFile;
  all: Country[];
  /** A country drawn in proportion to its economy. */
  draw(random: Random): Country;
}

export async function readCountries(): Promise<Countries> {
  // The countries cite the analysts' background (capitals as aliases), declared beside them.
  const read = await readSeed(dirname(COUNTRIES_FILE));
  const countries = read.ok ? read.files.find((f) => f.file === 'countries.yaml') : undefined;
  const background = read.ok
    ? read.files.find((f) => f.file === 'analyst-background.yaml')
    : undefined;
  if (!countries || !background) {
    throw new Error(`seed/reference/countries.yaml does not read: ${JSON.stringify(read)}`);
  }
  const file = {
    ...countries,
    nodes: [...background.nodes, ...countries.nodes],
    file: 'reference/countries.yaml',
  };
  const all = file.nodes
    .filter((node) => node.labels[0] === 'Country')
    .map((node) => ({
      id: node.id,
      iso2: String(node.props.iso2),
      name: String(node.props.name),
    }));
  const cumulative = cumulate(all.map((c) => ECONOMY_WEIGHT[c.iso2] ?? OTHER_WEIGHT));
  return { file, all, draw: (random) => all[random.weighted(cumulative)] as Country };
}
