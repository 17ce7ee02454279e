// One naming scheme for the types a client writes fragments on (issue 12): every connection is
// `<Parent><Field>Connection` and its edge `<Parent><Field>Edge`, root lists included
// (`QueryMeasuresEdge`, as `MeasureCoversEdge`). Read from the committed schema.graphql, which a
// test of its own keeps equal to the server's schema.
import { readFileSync } from 'node:fs';
import { buildSchema, getNamedType, isInterfaceType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));
const capital = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** Every field whose type is a connection (has `edges` and `pageInfo`), as [parent, field, type]. */
function connectionFields(): [string, string, string][] {
  const found: [string, string, string][] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isObjectType(named) && named.getFields().edges && named.getFields().pageInfo)
        found.push([type.name, field.name, named.name]);
    }
  }
  return found;
}

describe('type names', () => {
  it('every connection is <Parent><Field>Connection, its edge <Parent><Field>Edge', () => {
    const fields = connectionFields();
    expect(fields.length).toBeGreaterThan(100);
    const wrong = fields.flatMap(([parent, field, connection]) => {
      const type = schema.getType(connection);
      const edges = isObjectType(type) ? type.getFields().edges : undefined;
      const edge = edges ? getNamedType(edges.type) : { name: '(no edges)' };
      // An interface's field lends its name to its implementations' (Actor's `events` on Country).
      const owners = [parent, ...implemented(parent)];
      const ok = owners.some(
        (owner) =>
          connection === `${owner}${capital(field)}Connection` &&
          edge.name === `${owner}${capital(field)}Edge`,
      );
      return ok ? [] : [`${parent}.${field}: ${connection} / ${edge.name}`];
    });
    expect(wrong).toEqual([]);
  });

  it('no type is named …ConnectionEdge', () => {
    const names = Object.keys(schema.getTypeMap()).filter((name) =>
      name.endsWith('ConnectionEdge'),
    );
    expect(names).toEqual([]);
  });
});

function implemented(typeName: string): string[] {
  const type = schema.getType(typeName);
  if (!isObjectType(type)) return [];
  return type
    .getInterfaces()
    .filter((i) => isInterfaceType(i))
    .map((i) => i.name);
}
