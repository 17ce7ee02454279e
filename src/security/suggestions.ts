import { isAsyncIterable, type Plugin } from 'graphql-yoga';

/** The sentence graphql-js appends to an error when a name is close to one in the schema. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

/**
 * No "Did you mean …?" while introspection is off: a suggestion spells out the schema that
 * introspection hides, one guess at a time. graphql 16 omits every form itself when asked
 * (`hideSuggestions`): fields, "to use an inline fragment on", arguments, types, enum values,
 * input fields; in validation, and in execution where variables are coerced. GraphQL Armor's
 * filter, used before, caught only the first form and only in validation. What is left of a
 * suggestion anywhere else (a plugin or a later graphql-js) is cut from the answer as it leaves.
 */
export function hideSuggestions(): Plugin {
  return {
    onValidate({ validateFn, setValidationFn }) {
      setValidationFn((schema, document, rules, options, typeInfo) =>
        validateFn(schema, document, rules, { ...options, hideSuggestions: true }, typeInfo),
      );
    },
    onExecute({ args }) {
      (args as { hideSuggestions?: boolean }).hideSuggestions = true;
    },
    onResultProcess({ result }) {
      if (Array.isArray(result) || isAsyncIterable(result)) return;
      for (const error of result.errors ?? []) {
        if (SUGGESTION.test(error.message)) error.message = error.message.replace(SUGGESTION, '');
        SUGGESTION.lastIndex = 0;
      }
    },
  };
}
