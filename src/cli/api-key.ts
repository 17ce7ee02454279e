/**
 * `npm run api-key -- new --role editor [--name alice]`: a fresh API key, printed once, and the
 * API_KEYS entry (its hash) to configure. The key itself is stored nowhere.
 */
import { Command, Option } from 'commander';
import { formatEntry, hashKey, isKeyName, NAME_RULE, newKey } from '../auth/keys.ts';
import { ROLES, type Role } from '../auth/roles.ts';

const program = new Command('api-key').description('Make API keys for the GraphQL API.');

program
  .command('new')
  .description('Print a new random key and the API_KEYS entry that accepts it.')
  .addOption(
    new Option('--role <role>', 'what the key may do').choices(ROLES).makeOptionMandatory(),
  )
  .option('--name <name>', 'who holds the key (letters, digits, . _ @ -); requests are known by it')
  .action(({ role, name }: { role: Role; name?: string }) => {
    if (name !== undefined && !isKeyName(name)) program.error(`error: ${NAME_RULE}`);
    const key = newKey();
    const entry = formatEntry({ digest: hashKey(key), role, name });
    console.log(`A new ${role} key. It is shown only this once: hand it to its holder now.

  ${key}

Add this entry to API_KEYS (entries are separated by commas) and restart the server:

  ${entry}

Send the key as "Authorization: Bearer <key>" (or "X-API-Key: <key>").`);
  });

program.parse();
