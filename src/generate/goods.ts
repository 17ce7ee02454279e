/**
 * Goods with a real-shaped HS hierarchy: the 96 real chapters, generated headings (`2805`) and
 * subheadings (`2805.30`) joined by MEMBER_OF, a dual-use control list, and an INPUT_TO bill of
 * materials from raw inputs through processed goods to finished ones, with a few cycles.
 */

import { addBillOfMaterials } from './bill-of-materials.ts';
import { GraphFile, quoted, SourceDocument } from './facts.ts';
import { type Good, type Goods, idOf } from './goods-model.ts';
import {
  ANCHOR_HEADINGS,
  HEADING_WORDS,
  HS_CHAPTERS,
  STRATEGIC_CHAPTERS,
  SUBHEADING_WORDS,
  WEIGHTY,
} from './hs-chapters.ts';
import type { Random } from './random.ts';

export { type Good, type Goods, idOf } from './goods-model.ts';

export function generateGoods(
  random: Random,
  headingTarget: number,
): { file: GraphFile; goods: Goods } {
  const file = new GraphFile('generated/goods');
  const chapterCodes = Object.keys(HS_CHAPTERS);
  const totalWeight = chapterCodes.reduce((sum, c) => sum + (WEIGHTY[c] ?? 1), 0);
  const goods: Goods = { chapters: [], tradable: [], byChapter: new Map(), dualUseId: '' };
  const controlList = new SourceDocument('source:gen-control-list', {
    kind: 'STANDARD',
    title: 'Dual-use control list (generated)',
    publisher: 'exposure-graph generator',
  });

  for (const chapter of chapterCodes) {
    const title = HS_CHAPTERS[chapter] as string;
    const document = new SourceDocument(`source:gen-hs-chapter-${chapter}`, {
      kind: 'STANDARD',
      title: `Harmonized System nomenclature, chapter ${chapter} (generated)`,
      publisher: 'exposure-graph generator',
      version: 'HS 2022, headings below chapter level generated',
    });
    const chapterGood: Good = {
      id: idOf(chapter),
      code: chapter,
      name: title,
      chapter,
      level: 'chapter',
    };
    goods.chapters.push(chapterGood);
    addGood(file, chapterGood, document.say(`${chapter} ${title}`));
    const inChapter: Good[] = [];
    const count = Math.min(
      99,
      Math.max(1, Math.round((headingTarget * (WEIGHTY[chapter] ?? 1)) / totalWeight)),
    );
    const headingCodes = Array.from(
      { length: count },
      (_, i) => `${chapter}${String(i + 1).padStart(2, '0')}`,
    );
    for (const anchor of Object.keys(ANCHOR_HEADINGS)) {
      if (anchor.startsWith(chapter) && !headingCodes.includes(anchor)) headingCodes.push(anchor);
    }
    for (const code of headingCodes) {
      const stem = `${title.split(/[;,]/)[0]}: ${random.pick(HEADING_WORDS)}`;
      const heading: Good = {
        id: idOf(code),
        code,
        chapter,
        level: 'heading',
        name: ANCHOR_HEADINGS[code] ?? `${stem} (${code})`,
      };
      const line = document.say(`${code} ${heading.name}`);
      addGood(file, heading, line);
      file.rel('MEMBER_OF', heading.id, chapterGood.id, quoted(document.id, line));
      inChapter.push(heading);
      const subCount = random.int(1, 8);
      for (let s = 0; s < subCount; s++) {
        const subCode = `${code}.${s === subCount - 1 ? '90' : `${s + 1}0`}`;
        const base = heading.name.replace(/ \(\d{4}\)$/, '');
        const sub: Good = {
          id: idOf(subCode),
          code: subCode,
          chapter,
          level: 'subheading',
          name:
            s === subCount - 1
              ? `${base}, other (${subCode})`
              : `${base}, ${random.pick(SUBHEADING_WORDS)} (${subCode})`,
        };
        const subLine = document.say(`${subCode} ${sub.name}`);
        addGood(file, sub, subLine);
        file.rel('MEMBER_OF', sub.id, heading.id, quoted(document.id, subLine));
        inChapter.push(sub);
      }
    }
    goods.byChapter.set(chapter, inChapter);
    goods.tradable.push(...inChapter);
    file.source(document);
  }

  goods.dualUseId = 'commodity:gen-dual-use-items';
  const classLine = controlList.say(
    'The items below are dual-use items: goods with civil and military uses whose export is controlled.',
  );
  file.node(
    goods.dualUseId,
    ['Commodity'],
    { name: 'Dual-use items', controlCategory: 'dual-use' },
    quoted(controlList.id, classLine),
  );
  const strategic = goods.tradable.filter((g) => STRATEGIC_CHAPTERS.includes(g.chapter));
  const members = [
    ...strategic.filter((g) => g.level === 'heading' && g.code in ANCHOR_HEADINGS),
    ...random.sample(
      strategic.filter((g) => !(g.code in ANCHOR_HEADINGS)),
      Math.ceil(strategic.length * 0.03),
    ),
  ];
  members.forEach((good, i) => {
    const line = controlList.say(`Item ${i + 1}: ${good.code} ${good.name}.`);
    file.rel('MEMBER_OF', good.id, goods.dualUseId, quoted(controlList.id, line));
  });
  file.source(controlList);
  addBillOfMaterials(random, file, goods);
  return { file, goods };
}

function addGood(file: GraphFile, good: Good, line: string): void {
  const source = `source:gen-hs-chapter-${good.chapter}`;
  file.node(
    good.id,
    ['Commodity'],
    { name: good.name, hsCodes: [good.code], hsEdition: 'HS 2022' },
    quoted(source, line),
  );
}
