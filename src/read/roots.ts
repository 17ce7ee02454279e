// The root queries of planned reads (cypher/read/list-*.cypher, find-nodes.cypher): each
// returns the nodes of a root field, one page, in order, as `n`; the planner (plan.ts) adds the
// projection of what the client selected. Declared here, once, like every query.
import { defineQuery } from '../db/cypher.ts';
import { MEASURE_FILTER_PARAMS } from '../db/measures.ts';

type Row = { n: unknown };
type Page = { offset: unknown; limit: unknown; includeRetracted: boolean };
type Ids = string[] | null;

export const findNodes = defineQuery<{ requests: { id: string; label: string | null }[] }, Row>(
  'read/find-nodes',
  ['requests'],
);
export const listMeasures = defineQuery<
  Page & {
    kinds: string[] | null;
    statuses: string[] | null;
    imposedBy: Ids;
    targets: Ids;
    covers: Ids;
    asOf: string | null;
    knownAt: string | null;
  },
  Row
>('read/list-measures', [...MEASURE_FILTER_PARAMS, 'offset', 'limit']);
/** The common page (kinds at most, as things stand now): list-current-measures.cypher. */
export const listCurrentMeasures = defineQuery<Page & { kinds: string[] | null }, Row>(
  'read/list-current-measures',
  ['kinds', 'includeRetracted', 'offset', 'limit'],
);
export const listActors = defineQuery<Page & { labels: string[]; basedIn: Ids; sectors: Ids }, Row>(
  'read/list-actors',
  ['labels', 'basedIn', 'sectors', 'includeRetracted', 'offset', 'limit'],
);
export const listCommodities = defineQuery<Page & { hsCode: string | null }, Row>(
  'read/list-commodities',
  ['hsCode', 'includeRetracted', 'offset', 'limit'],
);
export const listSectors = defineQuery<Page, Row>('read/list-sectors', [
  'includeRetracted',
  'offset',
  'limit',
]);
export const listSources = defineQuery<Page & { kinds: string[] | null }, Row>(
  'read/list-sources',
  ['kinds', 'includeRetracted', 'offset', 'limit'],
);
export const listFigures = defineQuery<Page & { label: string }, Row>('read/list-figures', [
  'label',
  'includeRetracted',
  'offset',
  'limit',
]);
export const listEvents = defineQuery<
  Page & { kinds: string[] | null; involving: Ids; from: string | null; to: string | null },
  Row
>('read/list-events', ['kinds', 'involving', 'from', 'to', 'includeRetracted', 'offset', 'limit']);
export const listStatements = defineQuery<Page & { by: Ids; about: Ids }, Row>(
  'read/list-statements',
  ['by', 'about', 'includeRetracted', 'offset', 'limit'],
);
