/**
 * Sectors and firms: each firm is based in a country (weighted by economy), works in one sector
 * (sometimes two) and depends on goods, mostly of its sector's chapters. How many goods a firm
 * depends on is heavy-tailed (Pareto): most need a handful, a few conglomerates need hundreds.
 */
import type { Props } from '../model/format.ts';
import type { Countries } from './countries.ts';
import { GraphFile, inferred, quoted, SourceDocument } from './facts.ts';
import type { Good, Goods } from './goods.ts';
import { cumulate, type Random, zipfWeights } from './random.ts';
import { SECTORS, type SectorSpec } from './sectors.ts';

const FIRMS_PER_FILE = 2000;
const FIRMS_PER_REGISTRY = 100;
const MAX_DEPENDENCIES = 150;
const SYLLABLES = ['ka', 'to', 'ri', 'mo', 'sa', 'ne', 'lu', 'vor', 'tek', 'an', 'del', 'mar'];
const MORE = ['sen', 'quo', 'bra', 'zen', 'hal', 'pri', 'nor', 'fal', 'ix', 'ost', 'ur', 'ell'];
const CORES = ['Industries', 'Works', 'Systems', 'Technologies', 'Manufacturing', 'Precision'];
const SUFFIXES = ['Co.', 'Ltd', 'AG', 'SA', 'Inc.', 'Holdings', 'plc', 'GmbH', 'KK', 'Group'];

export const sectorId = (spec: SectorSpec) => `sector:${spec.slug}`;

export interface Firm {
  id: string;
  countryId: string;
}

/** Sector nodes and their own dependencies (a sector needs what all its firms need). */
export function generateSectors(random: Random, goods: Goods): GraphFile {
  const file = new GraphFile('generated/sectors');
  const taxonomy = new SourceDocument('source:gen-sector-taxonomy', {
    kind: 'DATASET',
    title: 'Industry taxonomy (generated)',
    publisher: 'exposure-graph generator',
  });
  for (const spec of SECTORS) {
    const line = taxonomy.say(
      `${spec.name} buys mainly from HS chapters ${spec.chapters.join(', ')}.`,
    );
    file.node(sectorId(spec), ['Sector'], { name: spec.name }, quoted(taxonomy.id, line));
    const headings = spec.chapters
      .flatMap((chapter) => goods.byChapter.get(chapter) ?? [])
      .filter((good) => good.level === 'heading');
    for (const good of random.sample(headings, random.int(3, 6))) {
      const rationale = `${spec.name} as a whole depends on ${good.name}.`;
      file.rel('DEPENDS_ON', sectorId(spec), good.id, inferred(rationale, 0.6), {
        criticality: random.between(0.3, 0.9),
      });
    }
  }
  file.source(taxonomy);
  return file;
}

/** The firms, in files of FIRMS_PER_FILE so that each write transaction stays bounded. */
export function generateFirms(
  random: Random,
  count: number,
  goods: Goods,
  countries: Countries,
): { files: GraphFile[]; firms: Firm[] } {
  const pickGood = goodPicker(random, goods);
  const sectorWeights = cumulate(SECTORS.map((s) => s.weight));
  const files: GraphFile[] = [];
  const firms: Firm[] = [];
  let registry: SourceDocument | undefined;
  for (let n = 0; n < count; n++) {
    if (n % FIRMS_PER_FILE === 0) {
      files.push(new GraphFile(`generated/firms-${String(files.length + 1).padStart(4, '0')}`));
    }
    const file = files[files.length - 1] as GraphFile;
    if (n % FIRMS_PER_REGISTRY === 0) {
      registry = new SourceDocument(`source:gen-registry-${n / FIRMS_PER_REGISTRY + 1}`, {
        kind: 'DATASET',
        title: `Company registry, part ${n / FIRMS_PER_REGISTRY + 1} (generated)`,
        publisher: 'exposure-graph generator',
      });
      file.source(registry);
    }
    const document = registry as SourceDocument;
    const sector = SECTORS[random.weighted(sectorWeights)] as SectorSpec;
    const country = countries.draw(random);
    const name = firmName(random, sector);
    const id = `company:gen-${n + 1}`;
    const line = document.say(
      `${name} (${id}) is a ${sector.name.toLowerCase()} company based in ${country.name}.`,
    );
    const aliases: Props = random.chance(0.2) ? { aliases: [acronym(name)] } : {};
    file.node(
      id,
      ['Company', 'Organization', 'Actor'],
      {
        name,
        ...aliases,
        kind: 'manufacturer',
        stateOwned: random.chance(0.05),
      },
      quoted(document.id, line),
    );
    file.rel('BASED_IN', id, country.id, quoted(document.id, line));
    file.rel('IN_SECTOR', id, sectorId(sector), quoted(document.id, line));
    if (random.chance(0.15)) {
      const other = SECTORS[random.weighted(sectorWeights)] as SectorSpec;
      if (other !== sector) {
        const also = document.say(`${name} also works in ${other.name.toLowerCase()}.`);
        file.rel('IN_SECTOR', id, sectorId(other), quoted(document.id, also));
      }
    }
    const wanted = Math.min(MAX_DEPENDENCIES, Math.floor(random.pareto(2.3, 1.4)));
    const dependsOn = new Map<string, Good>();
    for (let tries = 0; dependsOn.size < wanted && tries < wanted * 4; tries++) {
      const good = pickGood(sector);
      dependsOn.set(good.id, good);
    }
    for (const good of dependsOn.values()) {
      const criticality = Math.max(0.05, Math.round(random.next() ** 0.7 * 100) / 100);
      const provenance = random.chance(0.3)
        ? quoted(document.id, document.say(`${name} buys ${good.name} for its products.`), 0.9)
        : inferred(`Firms in ${sector.name.toLowerCase()} use ${good.name}.`, 0.6);
      file.rel('DEPENDS_ON', id, good.id, provenance, { criticality });
    }
    firms.push({ id, countryId: country.id });
  }
  return { files, firms };
}

/** A good a firm of `sector` depends on: 80% from its sector's chapters, else any popular one. */
function goodPicker(random: Random, goods: Goods): (sector: SectorSpec) => Good {
  const everything = random.sample(goods.tradable, goods.tradable.length);
  const everyWeight = cumulate(zipfWeights(everything.length, 0.9));
  const chapterOrder = new Map(
    [...goods.byChapter].map(([chapter, list]) => {
      const popular = random.sample(list, list.length);
      return [chapter, { popular, weights: cumulate(zipfWeights(popular.length, 0.8)) }];
    }),
  );
  return (sector) => {
    if (random.chance(0.2)) return everything[random.weighted(everyWeight)] as Good;
    const chapterWeights = cumulate(sector.chapters.map((_, i) => 1 / (i + 1)));
    const chapter = sector.chapters[random.weighted(chapterWeights)] as string;
    const order = chapterOrder.get(chapter);
    if (!order || order.popular.length === 0) return random.pick(goods.tradable);
    return order.popular[random.weighted(order.weights)] as Good;
  };
}

function firmName(random: Random, sector: SectorSpec): string {
  const stem = random.pick(SYLLABLES) + random.pick(MORE) + random.pick(['', ...SYLLABLES]);
  const word = `${stem[0]?.toUpperCase()}${stem.slice(1)}`;
  return `${word} ${sector.name.split(' ')[0]} ${random.pick(CORES)} ${random.pick(SUFFIXES)}`;
}

const acronym = (name: string) =>
  name
    .split(' ')
    .map((w) => w[0])
    .join('')
    .toUpperCase();
