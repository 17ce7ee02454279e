/** `npm run persisted`: writes persisted-documents.json from persisted-documents/*.graphql. */
import { writeFileSync } from 'node:fs';
import { buildPersistedDocuments, PERSISTED_FILE } from './persisted.ts';

const documents = buildPersistedDocuments();
writeFileSync(PERSISTED_FILE, `${JSON.stringify(documents, null, 2)}\n`);
console.log(`${Object.keys(documents).length} persisted documents written to ${PERSISTED_FILE}`);
