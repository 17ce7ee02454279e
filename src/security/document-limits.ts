import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';
import type { Plugin } from 'graphql-yoga';
import { type LimitCode, limitError } from './errors.ts';
import type { Limits } from './settings.ts';

/**
 * Aliases, directives and tokens, with GraphQL Armor (Escape's maintained middleware, made
 * for Envelop and so for Yoga, graphql 16, Node 18+). Chosen over Pothos' complexity plugin because
 * it judges the document alone, during parse and validation, so a refused request never reaches
 * context building or a resolver, and it needs no change to the schema. Armor's own cost rule is
 * off: it cannot see page sizes, so cost is graphql-query-complexity's (cost.ts).
 *
 * Armor's errors carry no code, so each rejection is re-reported as a typed error (errors.ts).
 * Aliases of `__typename` count like any other (Armor leaves them out by default: 600 passed the
 * limit of 15). Field suggestions are hidden by suggestions.ts, not by Armor, which missed some.
 */
export function documentLimits(limits: Limits): Plugin[] {
  const config: GraphQLArmorConfig = {
    // Depth is our own rule (depth.ts): an `edges { node }` pair counts as one level.
    maxDepth: { enabled: false },
    maxAliases: { ...rule(limits.aliases, 'TOO_MANY_ALIASES'), allowList: [] },
    maxDirectives: rule(limits.directives, 'TOO_MANY_DIRECTIVES'),
    maxTokens: rule(limits.tokens, 'TOO_MANY_TOKENS'),
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  };
  return new EnvelopArmor(config).protect().plugins as Plugin[];
}

function rule(n: number, code: LimitCode) {
  return {
    enabled: n > 0,
    n,
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: { reportError(error: Error): void } | null, error: Error) => {
        const coded = limitError(code, error.message.replace(/^Syntax Error: /, ''));
        // Validation rules have a context to report to; the token limit runs in the parser.
        if (context === null) throw coded;
        context.reportError(coded);
      },
    ],
  };
}
