/**
 * `npm run codegen`: the explorer's typed client (docs/explorer.md). GraphQL Code Generator reads
 * schema.graphql, the operations written with `graphql()` in web/src/operations/ and those of
 * persisted-documents/, checks each against the schema, and writes web/src/gql/ (gitignored): typed documents (client preset, as
 * strings: the page needs no GraphQL parser) and Apollo's `possibleTypes` (fragment-matcher).
 * `npm run typecheck` runs it first, so an operation that no longer matches the schema fails the
 * type check, either here (validation) or in tsc (the page's use of the result).
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  // The explorer's operations, and those a client may be restricted to (persisted-documents/).
  documents: ['web/src/operations/**/*.ts', 'persisted-documents/*.graphql'],
  ignoreNoDocuments: false,
  errorsOnly: true,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // Each document carries its SHA-256 (`__meta__.hash`), and persisted-documents.json lists
        // them: the page asks by id, so it runs with PERSISTED_ONLY=true too (docs/explorer.md).
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
    'web/src/gql/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3, useExplicitTyping: true },
    },
  },
};

export default config;
