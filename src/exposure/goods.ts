/**
 * The goods `simulate` is given: a commodity's global id, its id (`commodity:…`) or an HS code
 * (`2846`, `28.46`, `2805.30`, `280530`, `03`). Unknown ones come back with the closest matches.
 */
import { defineQuery } from '../db/cypher.ts';
import type { Database } from '../db/database.ts';

const findGoods = defineQuery<{ refs: string[] }, { ref: string; goodIds: string[] }>(
  'exposure/find-goods',
  ['refs'],
);
const findGoodsNearCode = defineQuery<{ code: string }, { goodId: string; shared: number }>(
  'exposure/find-goods-near-code',
  ['code'],
);

/** An HS code as the seed writes it (2846, 2805.30, 03), or null when `text` is not one. */
export function hsCodeOf(text: string): string | null {
  const digits = text.replace(/[\s.]/g, '');
  if (!/^\d+$/.test(digits)) return null;
  if (digits.length === 2 || digits.length === 4) return digits;
  if (digits.length === 6) return `${digits.slice(0, 4)}.${digits.slice(4)}`;
  return null;
}

/** A Relay global id of a Commodity decoded to its graph id, or the text as it is. */
function graphIdOf(text: string): string {
  if (text.startsWith('commodity:')) return text;
  const decoded = Buffer.from(text, 'base64').toString('utf8');
  return decoded.startsWith('Commodity:') ? decoded.slice('Commodity:'.length) : text;
}

export interface ResolvedGoods {
  goodIds: string[];
  unknown: string[];
}

/** Each given good as commodity ids (an HS code may name several); what matched nothing apart. */
export async function resolveGoods(db: Database, given: string[]): Promise<ResolvedGoods> {
  const refs = given.map((g) => hsCodeOf(g) ?? graphIdOf(g));
  const rows = await db.run(findGoods, { refs: [...new Set(refs)] });
  const found = new Map(rows.map((row) => [row.ref, row.goodIds]));
  const goodIds = new Set<string>();
  const unknown: string[] = [];
  given.forEach((g, i) => {
    const ids = found.get(refs[i] ?? '') ?? [];
    if (ids.length === 0) unknown.push(g);
    for (const id of ids) goodIds.add(id);
  });
  return { goodIds: [...goodIds], unknown };
}

/** Commodities whose HS codes come closest to a code nobody carries. */
export async function goodsNearCode(db: Database, code: string): Promise<string[]> {
  const rows = await db.run(findGoodsNearCode, { code: code.replace('.', '') });
  return rows.map((row) => row.goodId);
}
