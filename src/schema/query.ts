import { readFileSync } from 'node:fs';
import { builder } from '../builder.ts';

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };

// The relay plugin adds `node(id:)` and `nodes(ids:)` to this type.
builder.queryType({
  fields: (t) => ({
    version: t.string({
      description: 'The version of the exposure-graph API.',
      resolve: () => version,
    }),
  }),
});
