import { MapperKind, mapSchema } from '@graphql-tools/utils';
import { type GraphQLSchema, isNonNullType } from 'graphql';
import { builder } from '../builder.ts';
import './errors.ts';
import './query.ts';
import './nodes/node-query.ts';
import './nodes/caption.ts';
import './scalars.ts';
import './provenance/fact.ts';
import './actors/actor.ts';
import './actors/actors.ts';
import './goods/goods.ts';
import './measures/measure.ts';
import './happenings/index.ts';
import './figures/figures.ts';
import './provenance/source.ts';
import './search/search.ts';
import './exposure/exposure.ts';
import './exposure/curbed-goods.ts';
import './exposure/exposure-simulate.ts';
import './exposure/exposure-explain.ts';
import './measures/measure-scope.ts';
import './actors/alias.ts';
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
