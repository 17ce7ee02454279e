import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { Context } from './context.ts';

/** The Pothos builder and its plugins; the types live in src/schema/, one file per area. */
export const builder = new SchemaBuilder<{
  Context: Context;
  AuthScopes: { reader: boolean; editor: boolean };
  Scalars: { Date: { Input: string; Output: string } };
  DefaultFieldNullability: false;
}>({
  // Scope-auth comes first so no other plugin runs for a caller it refuses.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => ({
      reader: context.viewer.roles.has('reader'),
      editor: context.viewer.roles.has('editor'),
    }),
  },
  errors: { defaultTypes: [] },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
  },
});
