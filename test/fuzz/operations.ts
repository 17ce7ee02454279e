import fc from 'fast-check';
import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { schema } from '../../src/schema/index.ts';
import { anyJson, hostileNumber, hostileString } from './hostile.ts';

/** One request: a document and its variables. */
export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

const QUERY_FIELDS = Object.values(schema.getQueryType()?.getFields() ?? {});
const MUTATION_FIELDS = Object.values(schema.getMutationType()?.getFields() ?? {});

/**
 * The ids a fuzz may use: `real` ones (reads), or `only` these (writes: every id a mutation gets
 * comes from here, so everything it creates can be found and removed).
 */
export interface Ids {
  real: string[];
  only?: fc.Arbitrary<string>;
}

function typedIds(type: GraphQLInputType, only: fc.Arbitrary<string>): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return typedIds(type.ofType, only);
  if (isListType(type)) return fc.array(typedIds(type.ofType, only), { maxLength: 3 });
  return only;
}

/**
 * A value for an argument of `type`: mostly well-typed but hostile (every string an injection or
 * an oddity, numbers at their edges), sometimes of the wrong type altogether. `ids` are real
 * global ids, so some requests get past "not found" into the deeper code.
 */
export function valueFor(
  type: GraphQLInputType,
  ids: Ids,
  depth = 0,
  name = '',
): fc.Arbitrary<unknown> {
  if (ids.only && (getNamedType(type).name === 'ID' || /(^id|Ids?)$/.test(name))) {
    return typedIds(type, ids.only);
  }
  const wrong = { weight: 1, arbitrary: depth > 2 ? fc.constant(null) : anyJson };
  if (isNonNullType(type)) {
    return fc.oneof(
      { weight: 12, arbitrary: valueFor(type.ofType, ids, depth) },
      fc.constant(null),
    );
  }
  if (isListType(type)) {
    const items = fc.array(valueFor(type.ofType, ids, depth + 1, name), { maxLength: 4 });
    return fc.oneof({ weight: 5, arbitrary: items }, wrong);
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const record = fc.record(
      Object.fromEntries(
        fields.map((field) => [field.name, valueFor(field.type, ids, depth + 1, field.name)]),
      ),
      { requiredKeys: [] },
    );
    return fc.oneof({ weight: 5, arbitrary: record }, wrong);
  }
  if (isEnumType(type)) {
    const names = type.getValues().map((value) => value.name);
    return fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...names) },
      { weight: 1, arbitrary: hostileString },
    );
  }
  switch (type.name) {
    case 'Int':
    case 'Float':
      return fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: -2, max: 120 }) },
        { weight: 3, arbitrary: hostileNumber },
        wrong,
      );
    case 'Boolean':
      return fc.oneof({ weight: 5, arbitrary: fc.boolean() }, wrong);
    case 'ID':
      return fc.oneof(
        { weight: 2, arbitrary: fc.constantFrom(...ids.real) },
        { weight: 5, arbitrary: hostileString },
        wrong,
      );
    case 'Date':
      return fc.oneof(
        fc.constantFrom(
          '2026-01-08',
          '2026-02-30',
          '0000-01-01',
          '9999-12-31',
          '+275760-09-13',
          '2026-1-8',
        ),
        { weight: 3, arbitrary: hostileString },
        wrong,
      );
    default:
      return fc.oneof({ weight: 5, arbitrary: hostileString }, wrong);
  }
}

/** A selection that makes the resolvers work: leaves, and edges / node / data below. */
export function selectionOf(type: GraphQLOutputType, depth = 0): string {
  const named: GraphQLNamedType = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named)) {
    const members = named
      .getTypes()
      .map((member) => `... on ${member.name} ${selectionOf(member, depth)}`);
    return `{ __typename ${members.join(' ')} }`;
  }
  if (!isObjectType(named) && !isInterfaceType(named)) return '{ __typename }';
  const usable = Object.values(named.getFields()).filter((field) =>
    field.args.every((arg) => !isNonNullType(arg.type)),
  );
  const leaves = usable.filter((field) => isLeafType(getNamedType(field.type)));
  const inner =
    depth < 3
      ? usable.filter((field) =>
          ['edges', 'node', 'data', 'hops', 'firm', 'measures'].includes(field.name),
        )
      : [];
  const parts = [
    '__typename',
    ...leaves.map((field) => field.name),
    ...inner.map((field) => `${field.name} ${selectionOf(field.type, depth + 1)}`),
  ];
  return `{ ${parts.join(' ')} }`;
}

/** A Query (or Mutation) field with every argument a variable of hostile value (some left out). */
export function rootFieldOperation(
  ids: Ids,
  operation: 'query' | 'mutation' = 'query',
): fc.Arbitrary<Operation & { field: string }> {
  const fields = operation === 'query' ? QUERY_FIELDS : MUTATION_FIELDS;
  return fc.constantFrom(...fields).chain((field: GraphQLField<unknown, unknown>) =>
    fc
      .record(Object.fromEntries(field.args.map((arg) => [arg.name, valueFor(arg.type, ids)])), {
        requiredKeys: [],
      })
      .map((variables) => {
        const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`);
        const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`);
        const args = passed.length > 0 ? `(${passed.join(', ')})` : '';
        const head = definitions.length > 0 ? `${operation}(${definitions.join(', ')})` : operation;
        return {
          field: field.name,
          query: `${head} { ${field.name}${args} ${selectionOf(field.type)} }`,
          variables,
        };
      }),
  );
}

/** The same operation with each variable written into the document as a literal. */
export function inlined({ query, variables }: Operation): Operation {
  const body = query.slice(query.indexOf('{'));
  const withLiterals = body.replace(/\$(\w+)/g, (_, name: string) =>
    name in variables ? literal(variables[name]) : 'null',
  );
  return { query: `{${withLiterals.slice(1)}`, variables: {} };
}

function literal(value: unknown, depth = 0): string {
  if (value === null || value === undefined || depth > 100) return 'null';
  if (typeof value === 'string')
    return /^[A-Z][A-Z_]*$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (Array.isArray(value)) return `[${value.map((item) => literal(item, depth + 1)).join(', ')}]`;
  if (typeof value === 'object') {
    const fields = Object.entries(value).filter(([key]) => /^[_A-Za-z]\w*$/.test(key));
    return `{${fields.map(([key, v]) => `${key}: ${literal(v, depth + 1)}`).join(', ')}}`;
  }
  return String(value);
}
