import SchemaBuilder, { BasePlugin, type PothosTypeConfig, type SchemaTypes } from '@pothos/core';

/**
 * Default scopes for the root types, so no root field can forget them: every Query field needs
 * `reader` and every Mutation field `editor`, as if the type declared `authScopes` itself. A root
 * type that declares its own `authScopes` keeps them; a field may add more. Scope-auth enforces
 * type scopes on each root field before its resolver runs.
 *
 * The defaults are set here, not in `builder.queryType(...)`, so they hold whichever file declares
 * the root types (the Mutation type is declared by the write path).
 */
const ROOT_SCOPES: Partial<Record<PothosTypeConfig['kind'], { reader: true } | { editor: true }>> =
  {
    Query: { reader: true },
    Mutation: { editor: true },
  };

export class RootScopesPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onTypeConfig(typeConfig: PothosTypeConfig): PothosTypeConfig {
    const scopes = ROOT_SCOPES[typeConfig.kind];
    const options = typeConfig.pothosOptions as { authScopes?: unknown };
    if (scopes === undefined || options.authScopes !== undefined) return typeConfig;
    return {
      ...typeConfig,
      pothosOptions: { ...typeConfig.pothosOptions, authScopes: scopes },
    } as PothosTypeConfig;
  }
}

export const rootScopesPlugin = 'rootScopes';

SchemaBuilder.registerPlugin(rootScopesPlugin, RootScopesPlugin);

declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      rootScopes: RootScopesPlugin<Types>;
    }
  }
}
