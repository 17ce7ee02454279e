import { readFileSync } from 'node:fs';

/** The version of package.json: /health, /ready, traces and the `version` field report it. */
export const VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
