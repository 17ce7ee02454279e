// Upserts of actors, one per kind: countries, persons and the four kinds of organisation.
import { builder } from '../../builder.ts';
import { NAMED } from './inputs.ts';
import { nodeUpsert } from './payload.ts';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type InputFields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

const actorFields = (t: InputFields) => ({
  id: t.string({ required: true, description: NAMED.id }),
  name: t.string({ required: true, description: NAMED.name }),
  aliases: t.stringList({ required: false, description: NAMED.aliases }),
  description: t.string({ required: false }),
});

const CountryInput = builder.inputType('CountryInput', {
  fields: (t) => ({
    ...actorFields(t),
    iso2: t.string({ required: true, description: 'ISO 3166-1 alpha-2: JP.' }),
    iso3: t.string({ required: true, description: 'ISO 3166-1 alpha-3: JPN.' }),
    isoNumeric: t.string({ required: true, description: 'ISO 3166-1 numeric, 3 digits: 392.' }),
  }),
});

const PersonInput = builder.inputType('PersonInput', { fields: actorFields });

const OrganizationInput = builder.inputType('OrganizationInput', {
  description: 'A company, government body, media outlet or research institute.',
  fields: (t) => ({
    ...actorFields(t),
    kind: t.string({ required: false, description: 'Free text: "trading house", "ministry".' }),
    stateOwned: t.boolean({ required: false }),
  }),
});

nodeUpsert({
  field: 'upsertCountry',
  label: 'Country',
  input: CountryInput,
  description: 'Creates a country (`country:<ISO2>`) or restates it.',
});
nodeUpsert({
  field: 'upsertPerson',
  label: 'Person',
  input: PersonInput,
  description: 'Creates a person (`person:…`) or restates them.',
});

const ORGANIZATIONS = [
  ['upsertCompany', 'Company', 'a firm (`company:…`)'],
  ['upsertGovernmentBody', 'GovernmentBody', 'a government body (`government-body:…`)'],
  ['upsertMediaOutlet', 'MediaOutlet', 'a media outlet (`media-outlet:…`)'],
  ['upsertResearchInstitute', 'ResearchInstitute', 'a research institute (`research-institute:…`)'],
] as const;

for (const [field, label, what] of ORGANIZATIONS) {
  nodeUpsert({
    field,
    label,
    input: OrganizationInput,
    description: `Creates ${what} or restates it. Link it with BASED_IN, IN_SECTOR, DEPENDS_ON.`,
  });
}
