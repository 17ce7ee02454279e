/**
 * What each GraphQL field of a node or an edge reads from the graph, so that the planner sends
 * only that. Mostly by convention, from the field's name and type, because that is how the
 * resolvers read (`text(node, 'name')`, `partialDate(props, 'announcedOn')` …):
 * - a field reads the property of its own name;
 * - a `PartialDate` field `x` reads `x` (a Neo4j date), `xPrecision`, `xInferred`, `xRationale`;
 * - a `Quantity` field `x` reads `xValue`, `xUnit`, `xApproximate`;
 * - `retracted` reads `retractedAt`, `retractedBy`, `retractionReason`;
 * - a connection marked as a relationship (relation-field.ts) follows it, `sources` follows
 *   `sourceIds`; `id`, `cursor` and `node` read nothing of their own.
 * A field that reads otherwise says so in its `extensions` (READS_EXTENSION). Whether the
 * declared reads are enough is tested on every node of the seed (test/read/projection.test.ts).
 */
import { type GraphQLField, getNamedType } from 'graphql';
import type { RelationSpec } from '../db/related.ts';

/** Marks a connection field as a relationship (set by relation-field.ts). */
export const RELATION_EXTENSION = 'exposureGraphRelation';
/** A field's own reads, where the convention does not fit: `{ props: [...] }` or `{ status: true }`. */
export const READS_EXTENSION = 'exposureGraphReads';

/** How a property travels: as stored, or converted in Cypher so no resolver converts it. */
export type PropKind = 'plain' | 'date' | 'instant' | 'integer';
export interface PropRead {
  key: string;
  kind: PropKind;
}

export type FieldReads =
  | { kind: 'props'; props: PropRead[] }
  | { kind: 'relation'; spec: RelationSpec }
  | { kind: 'sources' }
  | { kind: 'status' }
  | { kind: 'none' };

export interface DeclaredReads {
  props?: string[];
  status?: boolean;
  none?: boolean;
}

const NOTHING = new Set(['id', 'cursor', 'node', '__typename']);

const plain = (key: string): PropRead => ({ key, kind: 'plain' });

/** What `field` (of a node type, or of an edge type when `edge`) reads. */
export function readsOf(field: GraphQLField<unknown, unknown>, edge = false): FieldReads {
  const relation = field.extensions?.[RELATION_EXTENSION] as RelationSpec | undefined;
  if (relation) return { kind: 'relation', spec: relation };
  const declared = field.extensions?.[READS_EXTENSION] as DeclaredReads | undefined;
  if (declared?.status) return { kind: 'status' };
  if (declared?.none) return { kind: 'none' };
  if (declared?.props) return { kind: 'props', props: declared.props.map(plain) };
  if (NOTHING.has(field.name)) return { kind: 'none' };
  if (field.name === 'sources') return { kind: 'sources' };
  if (edge && field.name === 'relationshipId') return { kind: 'props', props: [plain('id')] };
  return { kind: 'props', props: byType(field) };
}

/**
 * The reads of a `PartialDate` or `Quantity` field narrowed to its selected subfields (`date`
 * and `precision` of a PartialDate read neither `…Inferred` nor `…Rationale`). A PartialDate
 * always reads its date, since without one the whole value is null.
 */
export function narrowToSubfields(
  field: GraphQLField<unknown, unknown>,
  props: PropRead[],
  subfields: ReadonlySet<string>,
): PropRead[] {
  const name = field.name;
  const suffixes = SUBFIELD_SUFFIXES[getNamedType(field.type).name];
  if (!suffixes) return props;
  const wanted = new Set<string>();
  for (const subfield of subfields) {
    const suffix = suffixes[subfield];
    if (suffix !== undefined) wanted.add(`${name}${suffix}`);
  }
  if (getNamedType(field.type).name === 'PartialDate') wanted.add(name);
  return props.filter((prop) => wanted.has(prop.key));
}

/** Which stored property suffix each subfield of a composite value reads. */
const SUBFIELD_SUFFIXES: Record<string, Record<string, string>> = {
  PartialDate: { date: '', precision: 'Precision', inferred: 'Inferred', rationale: 'Rationale' },
  Quantity: { value: 'Value', unit: 'Unit', approximate: 'Approximate' },
};

function byType(field: GraphQLField<unknown, unknown>): PropRead[] {
  const name = field.name;
  const type = getNamedType(field.type);
  switch (type.name) {
    case 'PartialDate':
      return [
        { key: name, kind: 'date' },
        plain(`${name}Precision`),
        plain(`${name}Inferred`),
        plain(`${name}Rationale`),
      ];
    case 'Quantity':
      return [plain(`${name}Value`), plain(`${name}Unit`), plain(`${name}Approximate`)];
    case 'Retraction':
      return [
        { key: 'retractedAt', kind: 'instant' },
        plain('retractedBy'),
        plain('retractionReason'),
      ];
    case 'DateTime':
      return [{ key: name, kind: 'instant' }];
    case 'Date':
      return [{ key: name, kind: 'date' }];
    case 'Int':
      return [{ key: name, kind: 'integer' }];
    default:
      return [plain(name)];
  }
}
