import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { rootScopesPlugin } from './auth/root-scopes.ts';
import { scopeAuthOptions } from './auth/scopes.ts';
import type { Context } from './context.ts';
import { decodeGlobalID, encodeGlobalID } from './schema/nodes/global-ids.ts';
import { syncIdsPlugin } from './schema/nodes/sync-ids.ts';

/** The Pothos builder and its plugins; the types live in src/schema/, one folder per area. */
export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { reader: boolean; editor: boolean };
  Scalars: { Date: { Input: string; Output: string } };
  DefaultFieldNullability: false;
}>({
  // Scope-auth comes first so no other plugin runs for a caller it refuses. Root scopes makes
  // every Query field need `reader` and every Mutation field `editor` (see src/auth/root-scopes.ts).
  // Sync ids comes last: it replaces the relay resolver of node ids (src/schema/nodes/sync-ids.ts).
  plugins: [
    ScopeAuthPlugin,
    rootScopesPlugin,
    ErrorsPlugin,
    ValidationPlugin,
    RelayPlugin,
    DataloaderPlugin,
    syncIdsPlugin,
  ],
  defaultFieldNullability: false,
  // Scopes from the viewer's roles; refusals are typed UNAUTHENTICATED or FORBIDDEN errors.
  scopeAuth: scopeAuthOptions,
  errors: { defaultTypes: [] },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // A node's global id is its graph id (`company:acme`): src/schema/nodes/global-ids.ts.
    encodeGlobalID,
    decodeGlobalID,
    // `node(id)` and `nodes(ids)` are our own (src/schema/nodes/node-query.ts): planned reads that
    // take graph ids as well as global ids, and `knownAt`.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
});
