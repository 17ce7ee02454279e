// The analyst's case from issue 5, as import files: a later curb on other goods against another
// country, from a new source, with a firm (CSV) that depends on those goods (CSV).
export const TEXT =
  'On 1 March 2026 China announced a ban on exports of gallium to South Korea, in force from 1 April. Hanseong Semiconductor, a South Korean chipmaker, depends on gallium for its power chips.';
const SOURCE = 'source:ztest-gallium-note';
export const MEASURE = 'measure:ztest-cn-2026-gallium-ban-kr';
export const FIRM = 'company:ztest-hanseong';

export const measureFile = {
  sources: [
    { id: SOURCE, kind: 'ARTICLE', title: 'China bans gallium exports to South Korea', text: TEXT },
  ],
  defaultSourceIds: [SOURCE],
  nodes: [
    {
      id: 'commodity:ztest-gallium',
      label: 'Commodity',
      name: 'Gallium',
      quote: 'gallium',
      confidence: 1,
    },
    {
      id: MEASURE,
      label: 'Measure',
      kind: 'EXPORT_BAN',
      description: 'China bans exports of gallium to South Korea.',
      quote: 'China announced a ban on exports of gallium to South Korea',
      confidence: 1,
      statusHistory: [
        { status: 'ANNOUNCED', on: '2026-03-01', quote: 'On 1 March 2026 China announced' },
        { status: 'IN_FORCE', on: '2026-04-01', quote: 'in force from 1 April' },
      ],
    },
  ],
  relationships: [
    {
      type: 'IMPOSED_BY',
      from: MEASURE,
      to: 'country:CN',
      quote: 'China announced',
      confidence: 1,
    },
    { type: 'TARGETS', from: MEASURE, to: 'country:KR', quote: 'to South Korea', confidence: 1 },
    {
      type: 'COVERS',
      from: MEASURE,
      to: 'commodity:ztest-gallium',
      quote: 'exports of gallium',
      confidence: 1,
    },
    // The firm is defined in the CSV beside this file: references may cross files in an import.
    {
      type: 'BASED_IN',
      from: FIRM,
      to: 'country:KR',
      quote: 'a South Korean chipmaker',
      confidence: 1,
    },
  ],
};

export const firmsCsv = [
  'id,label,name,aliases,kind,sourceIds,quote,confidence',
  `${FIRM},Company,Hanseong Semiconductor,Hanseong,chipmaker,${SOURCE},Hanseong Semiconductor,1`,
  '',
].join('\n');

export const dependenciesCsv = [
  'from,to,criticality,sourceIds,quote,confidence',
  `${FIRM},commodity:ztest-gallium,0.8,${SOURCE},"Hanseong Semiconductor, a South Korean chipmaker, depends on gallium",0.9`,
  '',
].join('\n');
