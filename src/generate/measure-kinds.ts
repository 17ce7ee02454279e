/**
 * What measures look like: each kind with how common it is, how a notice phrases it, and the HS
 * chapters it usually covers (or the sector it covers, for advisories and cancellations). Status
 * histories follow a few real-shaped paths, from "under consideration" to "lifted".
 */
export interface KindSpec {
  kind: string;
  weight: number;
  phrase: string;
  chapters: string[];
  /** Kinds that cover an industry rather than goods. */
  sector?: string;
  /** How often it names firms as targets (entity listings) instead of countries. */
  firmTargets: number;
}

const kind = (
  name: string,
  weight: number,
  phrase: string,
  chapters: string,
  firmTargets = 0,
  sector?: string,
): KindSpec => ({
  kind: name,
  weight,
  phrase,
  chapters: chapters ? chapters.split(' ') : [],
  firmTargets,
  ...(sector ? { sector } : {}),
});

export const KINDS: KindSpec[] = [
  kind('EXPORT_CONTROL', 20, 'export controls on', '28 81 84 85 88 90 93', 0.25),
  kind('EXPORT_BAN', 8, 'an export ban on', '26 28 81 85 93', 0.1),
  kind('IMPORT_BAN', 12, 'an import ban on', '02 03 04 07 08 10 16 22'),
  kind('LICENCE_TIGHTENING', 8, 'tighter export licensing for', '26 28 81 85'),
  kind('TARIFF', 25, 'tariffs on', '39 61 62 72 73 76 84 85 87 94'),
  kind('SANCTION', 12, 'sanctions covering', '27 71 88 93', 0.4),
  kind('TRAVEL_ADVISORY', 5, 'a travel advisory affecting', '', 0, 'sector:tourism'),
  kind('EVENT_CANCELLATION', 3, 'the cancellation of events in', '', 0, 'sector:media'),
  kind('OTHER', 7, 'restrictions on', '03 12 27 44 71 85'),
];

/** Paths a measure's status takes, with how common each is. */
export const HISTORIES: [string[], number][] = [
  [['UNDER_CONSIDERATION'], 10],
  [['UNDER_CONSIDERATION', 'ANNOUNCED'], 8],
  [['ANNOUNCED'], 4],
  [['ANNOUNCED', 'IN_FORCE'], 35],
  [['UNDER_CONSIDERATION', 'ANNOUNCED', 'IN_FORCE'], 15],
  [['ANNOUNCED', 'IN_FORCE', 'LIFTED'], 15],
  [['ANNOUNCED', 'IN_FORCE', 'SUSPENDED'], 8],
  [['ANNOUNCED', 'IN_FORCE', 'SUSPENDED', 'IN_FORCE'], 5],
];

/** How a notice reports each change of status (`{date}` is replaced). */
export const STATUS_LINES: Record<string, string> = {
  UNDER_CONSIDERATION: 'Since {date} the government has been considering the measure.',
  ANNOUNCED: 'The measure was announced on {date}.',
  IN_FORCE: 'It took effect on {date}.',
  SUSPENDED: 'It was suspended on {date}.',
  LIFTED: 'It was lifted on {date}.',
};

/** The span of generated history: measures start and change status between these days. */
export const FIRST_DAY = Date.UTC(2019, 0, 1) / 86_400_000;
export const LAST_DAY = Date.UTC(2026, 9, 31) / 86_400_000;

export const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
