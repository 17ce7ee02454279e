/**
 * Industries with the HS chapters their goods come from. A firm in a sector depends mostly on
 * goods of those chapters; a sector itself depends on a few of them, which passes exposure on to
 * every firm in it (docs/exposure.md).
 */
export interface SectorSpec {
  slug: string;
  name: string;
  /** HS chapters this industry buys from, most important first. */
  chapters: string[];
  /** How many firms are in it, relative to the others. */
  weight: number;
}

const spec = (slug: string, name: string, weight: number, chapters: string) => ({
  slug,
  name,
  weight,
  chapters: chapters.split(' '),
});

export const SECTORS: SectorSpec[] = [
  spec('automotive', 'Automotive', 6, '87 85 84 40 72 73 39'),
  spec('aerospace', 'Aerospace', 2, '88 85 84 76 81 90'),
  spec('defence', 'Defence', 2, '93 88 89 85 36 90'),
  spec('semiconductors', 'Semiconductors', 3, '85 28 38 90 81'),
  spec('electronics', 'Consumer electronics', 5, '85 90 39 74'),
  spec('machinery', 'Industrial machinery', 6, '84 73 72 85'),
  spec('chemicals', 'Chemicals', 5, '28 29 38 39 27'),
  spec('pharmaceuticals', 'Pharmaceuticals', 4, '30 29 28 90'),
  spec('steel', 'Steel', 3, '72 26 27 25'),
  spec('non-ferrous-metals', 'Non-ferrous metals', 2, '74 75 76 78 79 80 81 26'),
  spec('energy', 'Energy', 3, '27 84 85 73'),
  spec('batteries', 'Batteries', 2, '85 28 81 25'),
  spec('shipbuilding', 'Shipbuilding', 1, '89 72 73 84'),
  spec('rail', 'Rail equipment', 1, '86 72 85'),
  spec('seafood', 'Seafood', 2, '03 16 23'),
  spec('agriculture', 'Agriculture', 4, '10 12 31 84 87'),
  spec('food-processing', 'Food processing', 5, '02 04 07 08 11 15 17 19 20 21'),
  spec('beverages', 'Beverages', 2, '22 17 09'),
  spec('textiles', 'Textiles', 3, '50 51 52 54 55 60'),
  spec('apparel', 'Apparel and footwear', 4, '61 62 64 42'),
  spec('furniture', 'Furniture', 2, '94 44'),
  spec('paper', 'Paper and packaging', 2, '47 48 44'),
  spec('construction', 'Construction materials', 4, '25 68 69 70 72 73 44'),
  spec('retail', 'Retail', 6, '61 62 94 95 96'),
  spec('tourism', 'Tourism', 3, '27 22'),
  spec('media', 'Media and entertainment', 2, '49 85 37'),
  spec('medical-devices', 'Medical devices', 2, '90 30 39 40'),
  spec('toys', 'Toys and games', 1, '95 39'),
  spec('jewellery', 'Jewellery', 1, '71'),
  spec('logistics', 'Logistics', 3, '27 87 89 86'),
  spec('telecoms', 'Telecommunications equipment', 2, '85 90'),
  spec('optics', 'Optics and photonics', 1, '90 70'),
  spec('tobacco', 'Tobacco', 1, '24'),
  spec('cosmetics', 'Cosmetics', 1, '33 34'),
  spec('plastics', 'Plastics', 2, '39 29 27'),
  spec('fertilisers', 'Fertilisers', 1, '31 28 25'),
];
