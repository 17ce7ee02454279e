// The write API: the Mutation type and its fields, one file per area (docs/mutations.md).
import './mutation-type.ts';
import './actors.ts';
import './goods.ts';
import './measures.ts';
import './happenings.ts';
import './figures.ts';
import './sources.ts';
import './links.ts';
import './retract.ts';
