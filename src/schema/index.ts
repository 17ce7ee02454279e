import { builder } from '../builder.ts';
import './errors.ts';
import './query.ts';
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
import './viewer.ts';
import './mutations/index.ts';

export const schema = builder.toSchema({ sortSchema: true });
