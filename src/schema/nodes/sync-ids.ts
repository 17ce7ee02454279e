import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { encodeGlobalID } from './global-ids.ts';

/** The extension a node type's `id` options carry (node-refs.ts): the graph id of its node. */
export const SYNC_GLOBAL_ID = 'syncGlobalID';

/**
 * Node ids answered without a promise. Pothos' relay plugin resolves the `id` of every node type
 * through an async function (its id may be awaited), so each id in an answer costs a promise, a
 * turn of the microtask queue and an asynchronous completion in graphql-jit. Our global ids are
 * the nodes' graph ids (global-ids.ts), read from the node, never awaited: a field whose options
 * carry `extensions.syncGlobalID` is answered by that function at once. Measured over HTTP on
 * the benchmark's medium store (c8, alternated): server CPU per page of 50 measures about a fifth
 * less, per timeline page about an eighth (docs/bench/targets.md, "Stop 33").
 *
 * Listed last among the builder's plugins, so that it replaces the relay resolver itself and the
 * other plugins' wrappers (scopes, errors) stay around it.
 */
export class SyncIdsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const graphId = fieldConfig.extensions?.[SYNC_GLOBAL_ID] as
      | ((parent: unknown) => string)
      | undefined;
    if (!graphId) return resolver;
    const typename = fieldConfig.parentType;
    return (parent) => encodeGlobalID(typename, graphId(parent));
  }
}

export const syncIdsPlugin = 'syncIds';

SchemaBuilder.registerPlugin(syncIdsPlugin, SyncIdsPlugin);

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      syncIds: SyncIdsPlugin<Types>;
    }
  }
}
