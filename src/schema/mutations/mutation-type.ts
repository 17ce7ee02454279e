import { builder } from '../../builder.ts';

// The Mutation type, declared once; each file of this folder adds its fields. Every field needs
// the `editor` scope (src/auth/root-scopes.ts), so none can forget it.
builder.mutationType({
  description:
    'Writes. Each needs an editor key, carries provenance, is validated by the seed format’s rules and written in one transaction (docs/mutations.md).',
});
