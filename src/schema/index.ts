import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { type GraphQLSchema, isNonNullType } from 'graphql';
import { builder } from '../builder.ts';
import './errors.ts';
import './query.ts';
import './node-query.ts';
import './caption.ts';
import './scalars.ts';
import './fact.ts';
import './actor.ts';
import './actors.ts';
import './goods.ts';
import './measure.ts';
import './happenings.ts';
import './figures.ts';
import './source.ts';
import './search.ts';
import './exposure.ts';
import './exposure-more.ts';
import './exposure-simulate.ts';
import './exposure-explain.ts';
import './measure-scope.ts';
import './alias.ts';
import './viewer.ts';
import './mutations/index.ts';

/**
 * Every root field is nullable: a bad argument or a failure in one field nulls that field alone,
 * with its error in `errors` (path and code), and the fields beside it keep their answers
 * (docs/errors.md). Pothos makes fields non-null by default (src/builder.ts), which is right
 * below the root; only the root level is unwrapped here, in one place, rather than field by field.
 */
const nullableRoots = (built: GraphQLSchema) =>
  mapSchema(built, {
    [MapperKind.ROOT_FIELD]: (config) => ({
      ...config,
      type: isNonNullType(config.type) ? config.type.ofType : config.type,
    }),
  });

export const schema = nullableRoots(builder.toSchema({ sortSchema: true }));
