/**
 * Relay global ids are the graph's own ids (`company:kawasaki-heavy-industries`): the string the
 * seed files and the Neo4j Browser show, and it already names its type by its prefix
 * (docs/ids.md). Ids of the earlier form, base64 of `Company:company:…`, are still read, so that
 * ids a client saved keep working; nothing answers them any more.
 */
import { GraphQLError } from 'graphql';
import { ID_PREFIX } from '../../model/labels.ts';

const LABEL_OF_PREFIX = new Map<string, string>([
  ...Object.entries(ID_PREFIX).map(([label, prefix]) => [prefix, label] as [string, string]),
  ['source', 'Source'],
]);

/** The label an id's prefix stands for (`company:acme` → Company), if any. */
export function labelOfId(id: string): string | undefined {
  // A measure's status changes are `<measure id>/status/<index>` (src/load/read/normalize.ts); a
  // node's aliases `<node id>/alias/<slug>`.
  if (/\/status\/\d+$/.test(id)) return 'StatusChange';
  if (/\/alias\/[^/]+$/.test(id)) return 'Alias';
  return LABEL_OF_PREFIX.get(id.slice(0, id.indexOf(':')));
}

/** What a client sent, cut to a length an error message can quote. */
export const quoted = (value: string) =>
  JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}…` : value);

/** The global id of a node: its graph id. */
export const encodeGlobalID = (_typename: string, id: string | number | bigint) => String(id);

/** An id of the earlier form (base64 of `<Type>:<graph id>`) read, or null if it is not one. */
export function legacyGlobalId(value: string): { typename: string; id: string } | null {
  if (!/^[A-Za-z0-9+/]+=*$/.test(value)) return null;
  const decoded = Buffer.from(value, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const id = decoded.slice(colon + 1);
  if (colon < 1 || labelOfId(id) === undefined) return null;
  return { typename: decoded.slice(0, colon), id };
}

/**
 * A global id argument read: a graph id with its type from its prefix, or an id of the earlier
 * form. Anything else is refused, quoting what was sent.
 */
export function decodeGlobalID(value: string): { typename: string; id: string } {
  const typename = labelOfId(value);
  if (typename !== undefined) return { typename, id: value };
  const legacy = legacyGlobalId(value);
  if (legacy) return legacy;
  throw new GraphQLError(
    `${quoted(value)} is not an id: ids look like "company:kawasaki-heavy-industries" (docs/ids.md)`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}
