import { ROLES, type Role } from '../auth/roles.ts';
import { builder } from '../builder.ts';

export const RoleEnum = builder.enumType('Role', {
  description: 'What an API key allows: READER reads, EDITOR also writes.',
  values: Object.fromEntries(ROLES.map((role) => [role.toUpperCase(), { value: role }])) as {
    READER: { value: 'reader' };
    EDITOR: { value: 'editor' };
  },
});

const ViewerRef = builder.objectRef<{ roles: readonly Role[] }>('Viewer').implement({
  description: 'The caller of this request, as its API key (or its lack of one) defines it.',
  fields: (t) => ({
    roles: t.field({
      type: [RoleEnum],
      description:
        'The roles of the key sent; READER alone when no key was sent and reads are open.',
      resolve: ({ roles }) => roles,
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    description: 'Who the API takes you for: the roles your key (or no key) gives.',
    resolve: (_root, _args, { viewer }) => ({ roles: ROLES.filter((r) => viewer.roles.has(r)) }),
  }),
);
