/**
 * The deterministic generator: `generateGraph({firms, seed})` returns the normalised files the
 * writer loads (src/load/write.ts), in load order. Each part draws from its own stream seeded by
 * `${seed}/<part>`, so the same seed gives byte-identical output, and changing the number of firms
 * leaves the goods of sizes that share a shape unchanged.
 */
import type { NormalizedSeedFile } from '../model/format.ts';
import { readCountries } from './countries.ts';
import { EventWriter } from './events.ts';
import { GraphFile, METHOD_SOURCE_ID, SourceDocument } from './facts.ts';
import { type Firm, generateFirms, generateSectors } from './firms.ts';
import { generateGoods } from './goods.ts';
import { generateMeasures } from './measures.ts';
import { Random } from './random.ts';

/** Named sizes: firms; the rest of the graph scales with them (see `shapeOf`). */
export const SIZES = { small: 1_000, medium: 20_000, large: 100_000 } as const;
export type SizeName = keyof typeof SIZES;

export interface GenerateOptions {
  firms: number;
  seed: string;
}

export interface GeneratedGraph {
  files: NormalizedSeedFile[];
  firms: Firm[];
  /** Measure ids in generation order. */
  measureIds: string[];
}

/** How big each part is for a number of firms: about 10 relationships per firm in all. */
export function shapeOf(firms: number) {
  return {
    headings: Math.min(1220, Math.max(25, Math.round(firms / 4))),
    measures: Math.max(20, Math.round(firms / 10)),
  };
}

export async function generateGraph({ firms, seed }: GenerateOptions): Promise<GeneratedGraph> {
  const shape = shapeOf(firms);
  const stream = (part: string) => new Random(`${seed}/${part}`);
  const countries = await readCountries();
  const method = new GraphFile('generated/method');
  const note = new SourceDocument(METHOD_SOURCE_ID, {
    kind: 'OTHER',
    title: 'How the benchmark graph was generated',
    publisher: 'exposure-graph generator',
    version: `seed ${seed}, ${firms} firms`,
  });
  note.say('Every fact marked inferred was drawn by a seeded generator, not stated by a source.');
  method.source(note);

  const { file: goodsFile, goods } = generateGoods(stream('goods'), shape.headings);
  const sectors = generateSectors(stream('sectors'), goods);
  const generatedFirms = generateFirms(stream('firms'), firms, goods, countries);
  const events = new EventWriter(stream('events'));
  const measureIds: string[] = [];
  const measures = generateMeasures(
    { random: stream('measures'), goods, countries, firms: generatedFirms.firms },
    shape.measures,
    (file, measure) => {
      measureIds.push(measure.id);
      events.write(file, measure);
    },
  );
  const files = [
    countries.file,
    ...[method, goodsFile, sectors, ...generatedFirms.files, ...measures].map((f) => f.toFile()),
  ];
  return { files, firms: generatedFirms.firms, measureIds };
}

/** Node and relationship counts of generated files. */
export function countOf(files: NormalizedSeedFile[]): { nodes: number; relationships: number } {
  return files.reduce(
    (sum, f) => ({
      nodes: sum.nodes + f.nodes.length,
      relationships: sum.relationships + f.relationships.length,
    }),
    { nodes: 0, relationships: 0 },
  );
}
