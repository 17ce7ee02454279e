import { ActorRef, OrganizationRef } from './actor.ts';
import { FactRef } from './fact.ts';
import {
  CompanyRef,
  CountryRef,
  GovernmentBodyRef,
  MediaOutletRef,
  PersonRef,
  ResearchInstituteRef,
} from './node-refs.ts';
import { isA, text } from './props.ts';

CountryRef.implement({
  description: 'A sovereign state or territory of ISO 3166-1.',
  interfaces: [FactRef, ActorRef],
  isTypeOf: isA('Country'),
  fields: (t) => ({
    iso2: t.string({ resolve: (c) => text(c, 'iso2') ?? '' }),
    iso3: t.string({ resolve: (c) => text(c, 'iso3') ?? '' }),
  }),
});

PersonRef.implement({
  description: 'An official, executive or analyst.',
  interfaces: [FactRef, ActorRef],
  isTypeOf: isA('Person'),
  fields: () => ({}),
});

for (const [ref, label, description] of [
  [CompanyRef, 'Company', 'A firm.'],
  [GovernmentBodyRef, 'GovernmentBody', 'A ministry, agency or office of a state.'],
  [MediaOutletRef, 'MediaOutlet', 'A newspaper, broadcaster or news agency.'],
  [ResearchInstituteRef, 'ResearchInstitute', 'A think tank or research institute.'],
] as const) {
  ref.implement({
    description,
    interfaces: [FactRef, ActorRef, OrganizationRef],
    isTypeOf: isA(label),
    fields: () => ({}),
  });
}
