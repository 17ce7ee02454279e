/**
 * `node(id)` and `nodes(ids)`: any node by its id (`company:acme`, as the Neo4j Browser and the
 * seed show it; a node's Relay global id is the same string), or by an id of the earlier form
 * (base64 of `Company:company:acme`, which also names the type the node must be). Read by the planner in one round trip with everything
 * selected below; `nodes` as known at `knownAt` when given.
 */
import type { ArgBuilder } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { builder } from '../../builder.ts';
import type { Context } from '../../context.ts';
import { findNodes } from '../../read/roots.ts';
import { readPlanned } from '../../read/run.ts';
import { MAX_PAGE } from '../../read/window.ts';
import { DateTime } from '../scalars.ts';
import { legacyGlobalId, quoted } from './global-ids.ts';

interface NodeRequest {
  id: string;
  /** The type a global id names; null for a graph id (any type). */
  label: string | null;
}

/**
 * Reads an id argument: a graph id as it is (any type; a node's global id is its graph id), an id
 * of the earlier form (base64 of `<Type>:<id>`) decoded with the type it names, anything else
 * refused.
 */
export function nodeRequest(value: string): NodeRequest {
  if (value.includes(':')) return { id: value, label: null };
  const legacy = legacyGlobalId(value);
  if (!legacy) {
    throw new GraphQLError(`${quoted(value)} is not an id: ids look like "company:acme"`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return { id: legacy.id, label: legacy.typename };
}

const knownAtArg = (t: ArgBuilder<Types>) =>
  t({
    type: DateTime,
    required: false,
    description:
      'Read the node, and everything selected below it, as the graph knew it at this instant: the properties of the version that held then, only facts asserted by then and not retracted by then.',
  });
type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

builder.queryFields((t) => ({
  // `id` alone: Relay's refetchable fragments on a node type (`@refetchable`) need exactly
  // `node(id: ID!): Node` on Query (test/contract/relay.test.ts). As known at an instant:
  // `nodes(ids: [id], knownAt:)`.
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description:
      'Any node by its id (`company:acme`) or global id; null if there is none. As the graph knew it at an instant: `nodes(ids: [id], knownAt:)`.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, context, info) => {
      const [node] = await readNodes(context, info, [String(args.id)], null);
      return node ?? null;
    },
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: `Nodes by id, in the order asked (null where there is none); at most ${MAX_PAGE}.`,
    args: { ids: t.arg.idList({ required: true }), knownAt: knownAtArg(t.arg) },
    resolve: async (_root, args, context, info) => {
      if (args.ids.length > MAX_PAGE) {
        throw new GraphQLError(
          `Argument "ids" may hold at most ${MAX_PAGE} ids; got ${args.ids.length}.`,
          { extensions: { code: 'BAD_USER_INPUT', argument: 'ids' } },
        );
      }
      const ids = args.ids.map(String);
      return readNodes(context, info, ids, args.knownAt ?? null);
    },
  }),
}));

async function readNodes(
  context: Context,
  info: Parameters<typeof readPlanned>[1],
  ids: string[],
  knownAt: string | null,
) {
  const requests = ids.map(nodeRequest);
  const known = knownAt !== null;
  const read = await readPlanned(context, info, {
    query: findNodes,
    params: { requests, ...(known ? { knownAt } : {}) },
    type: 'Node',
    shape: 'node',
    known,
  });
  return read.nodes;
}
