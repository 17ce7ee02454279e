/**
 * The bill of materials: INPUT_TO from raw inputs (chapters 01-27) to processed goods (28-83) to
 * finished goods (84-97), the real anchor chain, and a few edges back that close cycles, so that
 * exposure queries meet cycles as they would in real data.
 */
import { type GraphFile, inferred } from './facts.ts';
import { type Good, type Goods, idOf } from './goods-model.ts';
import { ANCHOR_INPUTS, stageOf } from './hs-chapters.ts';
import { cumulate, type Random, zipfWeights } from './random.ts';

export /** INPUT_TO from raw to processed to finished goods; a few edges back close cycles. */
function addBillOfMaterials(random: Random, file: GraphFile, goods: Goods): void {
  const subs = goods.tradable.filter((g) => g.level === 'subheading');
  const byStage = [0, 1, 2].map((stage) => subs.filter((g) => stageOf(g.chapter) === stage));
  const [raw, processed, finished] = byStage as [Good[], Good[], Good[]];
  const seen = new Set<string>();
  const inputsOf = new Map<string, string[]>();
  const link = (
    from: string,
    to: string,
    rationale: string,
    criticality = random.between(0.2, 1),
  ) => {
    if (from === to || seen.has(`${from}>${to}`)) return;
    seen.add(`${from}>${to}`);
    inputsOf.set(to, [...(inputsOf.get(to) ?? []), from]);
    file.rel('INPUT_TO', from, to, inferred(rationale, random.between(0.5, 0.9)), { criticality });
  };
  // Inputs are drawn Zipf-like: a few raw materials (ores, fuels) feed many products.
  const popular = (pool: Good[]) => {
    const cumulative = cumulate(zipfWeights(pool.length, 0.6));
    return () => pool[random.weighted(cumulative)] as Good;
  };
  const rawInput = popular(raw);
  const processedInput = popular(processed);
  for (const good of processed) {
    for (let i = random.int(1, 2); i > 0; i--)
      link(rawInput().id, good.id, 'Generated bill of materials: a raw input of a processed good.');
    if (random.chance(0.2))
      link(
        processedInput().id,
        good.id,
        'Generated bill of materials: a processed input of a processed good.',
      );
  }
  for (const good of finished) {
    for (let i = random.int(1, 3); i > 0; i--)
      link(
        processedInput().id,
        good.id,
        'Generated bill of materials: a component of a finished good.',
      );
    if (random.chance(0.25))
      link(
        random.pick(finished).id,
        good.id,
        'Generated bill of materials: a finished good built into another.',
      );
  }
  for (const [from, to] of ANCHOR_INPUTS)
    link(idOf(from), idOf(to), 'A real bill of materials: the input is part of the product.', 0.9);
  // Cycles: machinery that extracts or refines its own inputs (c → a where a → b → c).
  const cycles = Math.max(3, Math.round(finished.length / 300));
  for (let made = 0, tries = 0; made < cycles && tries < cycles * 50; tries++) {
    const c = random.pick(finished).id;
    const b = random.pick(inputsOf.get(c) ?? [c]);
    const a = random.pick(inputsOf.get(b) ?? [b]);
    if (a === b || b === c || seen.has(`${c}>${a}`)) continue;
    link(
      c,
      a,
      'Generated bill of materials: equipment used to produce one of its own inputs (a cycle).',
    );
    made++;
  }
}
