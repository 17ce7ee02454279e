import { builder } from '../builder.ts';
import './errors.ts';
import './query.ts';

export const schema = builder.toSchema({ sortSchema: true });
