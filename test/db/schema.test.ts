import { describe, expect, it } from 'vitest';
import { applySchema, missingSchema, schemaStatements } from '../../src/db/schema.ts';
import { testDatabase } from '../helpers/database.ts';

const db = testDatabase();

describe('schema as code', () => {
  it('declares a unique id constraint for every label of the model', () => {
    const constraints = schemaStatements().filter((s) => s.kind === 'constraint');
    for (const label of ['Actor', 'Country', 'Company', 'Commodity', 'Measure', 'Source']) {
      expect(constraints.some((s) => s.text.includes(`(n:${label}) REQUIRE n.id IS UNIQUE`))).toBe(
        true,
      );
    }
  });

  it('is in place after start-up, and applying it again creates nothing', async () => {
    expect(await missingSchema(db)).toEqual([]);
    const again = await applySchema(db);
    expect(again.applied).toBe(schemaStatements().length);
    expect(again.created).toBe(0);
    expect(await missingSchema(db)).toEqual([]);
  });

  it('enforces the unique ids it declares', async () => {
    const id = `test:schema-unique-${Date.now()}`;
    await db.runText('CREATE (:Sector {id: $id})', { id }, 'WRITE');
    try {
      await expect(db.runText('CREATE (:Sector {id: $id})', { id }, 'WRITE')).rejects.toThrow(
        /already exists/,
      );
    } finally {
      await db.runText('MATCH (n:Sector {id: $id}) DELETE n', { id }, 'WRITE');
    }
  });
});
