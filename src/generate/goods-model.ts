// What the generator knows of a good, shared by goods.ts (which makes them) and
// bill-of-materials.ts (which links them), so that neither imports the other.

export interface Good {
  id: string;
  code: string;
  name: string;
  chapter: string;
  level: 'chapter' | 'heading' | 'subheading';
}

export interface Goods {
  chapters: Good[];
  /** Headings and subheadings: what firms depend on and measures cover. */
  tradable: Good[];
  byChapter: Map<string, Good[]>;
  dualUseId: string;
}

export const idOf = (code: string) => `commodity:hs-${code}`;
