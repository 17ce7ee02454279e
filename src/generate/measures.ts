/**
 * Measures of every kind and status over several years. Each has its own notice (a Source) whose
 * sentences its facts quote: who imposed it on whom, what it covers, and each change of status
 * as a StatusChange node (HAD_STATUS), as the seed normaliser writes them.
 */
import type { Countries, Country } from './countries.ts';
import { dated, GraphFile, quoted, SourceDocument } from './facts.ts';
import type { Firm } from './firms.ts';
import type { Good, Goods } from './goods.ts';
import {
  FIRST_DAY,
  HISTORIES,
  isoDay,
  KINDS,
  type KindSpec,
  LAST_DAY,
  STATUS_LINES,
} from './measure-kinds.ts';
import { cumulate, type Random } from './random.ts';

const MEASURES_PER_FILE = 1000;

export interface GeneratedMeasure {
  id: string;
  imposer: Country;
  targetCountries: Country[];
  coveredGoods: Good[];
  firstDay: number;
  firstPrecision: 'day' | 'month';
  notice: SourceDocument;
  mainLine: string;
}

export interface MeasureContext {
  random: Random;
  goods: Goods;
  countries: Countries;
  firms: Firm[];
}

/** Calls `each` for every measure, with the file it is written to, so events can join it. */
export function generateMeasures(
  context: MeasureContext,
  count: number,
  each: (file: GraphFile, measure: GeneratedMeasure) => void,
): GraphFile[] {
  const { random } = context;
  const kindWeights = cumulate(KINDS.map((k) => k.weight));
  const historyWeights = cumulate(HISTORIES.map(([, w]) => w));
  const files: GraphFile[] = [];
  for (let n = 1; n <= count; n++) {
    if ((n - 1) % MEASURES_PER_FILE === 0) {
      files.push(new GraphFile(`generated/measures-${String(files.length + 1).padStart(4, '0')}`));
    }
    const file = files[files.length - 1] as GraphFile;
    const spec = KINDS[random.weighted(kindWeights)] as KindSpec;
    const history = HISTORIES[random.weighted(historyWeights)]?.[0] ?? ['ANNOUNCED'];
    each(file, writeMeasure(context, file, n, spec, history));
  }
  return files;
}

function writeMeasure(
  context: MeasureContext,
  file: GraphFile,
  n: number,
  spec: KindSpec,
  history: string[],
): GeneratedMeasure {
  const { random, countries } = context;
  const imposer = countries.draw(random);
  const targetCountries: Country[] = [];
  const targetFirms: Firm[] = [];
  if (random.chance(spec.firmTargets)) {
    const candidates = random.sample(context.firms, 12).filter((f) => f.countryId !== imposer.id);
    targetFirms.push(...candidates.slice(0, random.int(1, 3)));
  }
  if (targetFirms.length === 0) {
    const wanted = random.chance(0.2) ? random.int(2, 3) : 1;
    for (let tries = 0; targetCountries.length < wanted && tries < 20; tries++) {
      const country = countries.draw(random);
      if (country !== imposer && !targetCountries.includes(country)) targetCountries.push(country);
    }
  }
  const covered = spec.sector ? [] : coveredGoods(random, context.goods, spec);
  const days = statusDays(random, history.length);
  const firstPrecision =
    history[0] === 'UNDER_CONSIDERATION' && random.chance(0.5) ? 'month' : 'day';
  if (firstPrecision === 'month') days[0] = monthStart(days[0] as number);

  const id = `measure:gen-${imposer.iso2.toLowerCase()}-${isoDay(days[0] as number).slice(0, 4)}-${spec.kind.toLowerCase().replaceAll('_', '-')}-${n}`;
  const targetNames = [...targetCountries.map((c) => c.name), ...targetFirms.map((f) => f.id)];
  const coveredNames = spec.sector
    ? [`the ${spec.sector.replace('sector:', '')} sector`]
    : covered.map((g) => g.name);
  const notice = new SourceDocument(`source:gen-notice-${n}`, {
    kind: 'ARTICLE',
    title: `Notice ${n}: ${imposer.name} adopts ${spec.phrase.split(' ').slice(0, -1).join(' ')}`,
    publisher: 'The Generated Gazette',
    ...dated('publishedOn', isoDay(days[0] as number), firstPrecision),
  });
  const mainLine = notice.say(
    `${imposer.name} adopts ${spec.phrase} ${coveredNames.join('; ')}, aimed at ${targetNames.join(' and ')}.`,
  );
  const said = quoted(notice.id, mainLine);
  const statusProvenance = history.map((status, i) =>
    quoted(
      notice.id,
      notice.say((STATUS_LINES[status] as string).replace('{date}', isoDay(days[i] as number))),
    ),
  );
  const first = (status: string) => history.indexOf(status);
  const props = {
    kind: spec.kind,
    description: `${spec.kind.replaceAll('_', ' ').toLowerCase()} by ${imposer.name} against ${targetNames.join(', ')}: ${coveredNames[0]}${coveredNames.length > 1 ? ` and ${coveredNames.length - 1} more` : ''}`,
    hypothetical: false,
    status: history[history.length - 1] as string,
    ...(first('ANNOUNCED') >= 0
      ? dated('announcedOn', isoDay(days[first('ANNOUNCED')] as number))
      : {}),
    ...(first('IN_FORCE') >= 0
      ? dated('effectiveFrom', isoDay(days[first('IN_FORCE')] as number))
      : {}),
    ...(history.at(-1) === 'LIFTED' ? dated('liftedOn', isoDay(days.at(-1) as number)) : {}),
  };
  file.node(id, ['Measure'], props, { ...said, confidence: random.between(0.7, 1) });
  history.forEach((status, index) => {
    const changeId = `${id}/status/${index}`;
    const provenance = statusProvenance[index] ?? said;
    const on = dated('on', isoDay(days[index] as number), index === 0 ? firstPrecision : 'day');
    file.node(
      changeId,
      ['StatusChange'],
      { measureId: id, status, index: { $int: index }, ...on },
      provenance,
    );
    file.rel('HAD_STATUS', id, changeId, provenance);
  });
  file.rel('IMPOSED_BY', id, imposer.id, said);
  for (const target of [...targetCountries.map((c) => c.id), ...targetFirms.map((f) => f.id)]) {
    file.rel('TARGETS', id, target, said);
  }
  for (const goodId of spec.sector ? [spec.sector] : covered.map((g) => g.id)) {
    file.rel('COVERS', id, goodId, said);
  }
  file.source(notice);
  return {
    id,
    imposer,
    targetCountries,
    coveredGoods: covered,
    firstDay: days[0] as number,
    firstPrecision,
    notice,
    mainLine,
  };
}

/** Mostly subheadings and headings; now and then a whole chapter or the dual-use class. */
function coveredGoods(random: Random, goods: Goods, spec: KindSpec): Good[] {
  const pool = spec.chapters.flatMap((chapter) => goods.byChapter.get(chapter) ?? []);
  const chosen = new Map<string, Good>();
  for (let i = random.int(1, 4) + (random.chance(0.2) ? 2 : 0); i > 0; i--) {
    const roll = random.next();
    if (roll < 0.03) {
      const chapter = goods.chapters.find((c) => c.code === random.pick(spec.chapters));
      if (chapter) chosen.set(chapter.id, chapter);
    } else if (roll < 0.05 && spec.kind === 'EXPORT_CONTROL') {
      chosen.set(goods.dualUseId, {
        id: goods.dualUseId,
        code: '',
        name: 'Dual-use items',
        chapter: '',
        level: 'chapter',
      });
    } else {
      const good = random.pick(pool);
      chosen.set(good.id, good);
    }
  }
  return [...chosen.values()];
}

/** Days of each change of status: increasing, 15 to 240 days apart, within the span. */
function statusDays(random: Random, count: number): number[] {
  const days = [random.int(FIRST_DAY, LAST_DAY - 30)];
  for (let i = 1; i < count; i++) {
    days.push(Math.min(LAST_DAY, (days[i - 1] as number) + random.int(15, 240)));
  }
  return days;
}

function monthStart(day: number): number {
  const date = new Date(day * 86_400_000);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / 86_400_000;
}
