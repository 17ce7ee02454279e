// Writes seed/reference/countries.yaml from the i18n-iso-countries package: every ISO 3166-1
// country with its English names and codes. Run: npx tsx src/generate/reference-countries.ts
//
// The Source node carries, as its text, one line per country rendered from the package, and
// each country quotes its own line: the same quote-fidelity check as for articles applies.
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import { stringify } from 'yaml';

const require = createRequire(import.meta.url);
const english = require('i18n-iso-countries/langs/en.json');
const { version } = require('i18n-iso-countries/package.json') as { version: string };

// The package also lists XK (Kosovo), a user-assigned code that ISO 3166-1 does not allocate;
// the Source below is ISO 3166-1, so it would not support that node.
const NOT_IN_ISO_3166_1 = new Set(['XK']);

/** Where no rule below gives the name people use, the name they use (ISO's short form stays). */
const COMMON_NAMES: Record<string, string> = {
  GB: 'United Kingdom',
  CI: "Côte d'Ivoire",
  TR: 'Türkiye',
};

/**
 * Capitals that news writing uses for a government ("Beijing demanded…", "Tokyo's
 * nationalization…"): aliases of the country as an actor, each a fact of its own, inferred from
 * background knowledge rather than from the ISO list. Only the countries the seed's sources need.
 */
const CAPITALS_AS_GOVERNMENT: Record<string, string> = {
  CN: 'Beijing',
  JP: 'Tokyo',
  TW: 'Taipei',
  US: 'Washington',
};

const capitalAlias = (capital: string) => ({
  name: capital,
  sourceIds: ['source:analyst-background'],
  inferred: true,
  rationale: `News writing names the government by its capital: "${capital}" stands for the country as an actor.`,
  confidence: 0.9,
});

const isAbbreviation = (name: string) => /^[A-Z.]+$/.test(name);
/** "Taiwan, Province of China" → "Taiwan", "Holy See (Vatican City State)" → "Holy See". */
const shortForm = (name: string) =>
  name.replace(/\s*\([^)]*\)$/, '').replace(/^([^,]+), [^,]*\bof\b.*$/, '$1');

/**
 * The common short name a country is shown by (Taiwan, South Korea, Russia): the shortest of its
 * names without a comma or brackets (abbreviations aside), else the package's first name cut
 * short; a name two countries would share (Congo) falls back to the package's first.
 */
export function commonNames(namesByCode: Record<string, string[]>): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const [iso2, names] of Object.entries(namesByCode)) {
    const plain = names.filter((n) => !/[,()]/.test(n) && !isAbbreviation(n));
    const shortest = [...plain].sort((a, b) => a.length - b.length)[0];
    chosen.set(iso2, COMMON_NAMES[iso2] ?? shortest ?? shortForm(names[0] ?? iso2));
  }
  const counts = new Map<string, number>();
  for (const name of chosen.values()) counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const [iso2, name] of chosen) {
    if ((counts.get(name) ?? 0) > 1) chosen.set(iso2, namesByCode[iso2]?.[0] ?? name);
  }
  return chosen;
}

export const COUNTRIES_FILE = fileURLToPath(
  new URL('../../seed/reference/countries.yaml', import.meta.url),
);

/** The YAML text of seed/reference/countries.yaml; a test checks the committed file matches. */
export function renderCountries(): string {
  countries.registerLocale(english);
  const namesByCode = countries.getNames('en', { select: 'all' });
  const common = commonNames(namesByCode as Record<string, string[]>);

  const rows = Object.keys(namesByCode)
    .filter((iso2) => !NOT_IN_ISO_3166_1.has(iso2))
    .sort()
    .map((iso2) => {
      const names = namesByCode[iso2] as string[];
      const [officialName] = names;
      const name = common.get(iso2);
      const iso3 = countries.alpha2ToAlpha3(iso2);
      const isoNumeric = countries.alpha2ToNumeric(iso2);
      if (!officialName || !name || !iso3 || !isoNumeric)
        throw new Error(`incomplete package data for ${iso2}`);
      const line = `${iso2} ${iso3} ${isoNumeric} ${names.join(' | ')}`;
      const capital = CAPITALS_AS_GOVERNMENT[iso2];
      const aliases = [
        ...names.filter((n) => n !== name),
        ...(capital ? [capitalAlias(capital)] : []),
      ];
      return { iso2, iso3, isoNumeric, name, officialName, aliases, line };
    });

  const seed = {
    sources: [
      {
        id: 'source:iso-3166-1',
        kind: 'STANDARD',
        title:
          'ISO 3166-1: Codes for the representation of names of countries, Part 1: Country codes',
        publisher: 'International Organization for Standardization',
        version: `English short names and codes as packaged in i18n-iso-countries ${version}`,
        language: 'en',
        url: 'https://www.iso.org/iso-3166-country-codes.html',
        description:
          'One line per country, rendered from the i18n-iso-countries package: alpha-2, alpha-3, ' +
          'numeric code, then the English names the package gives (the first is ISO’s short name).',
        text: `${rows.map((row) => row.line).join('\n')}\n`,
      },
    ],
    defaultSourceIds: ['source:iso-3166-1'],
    nodes: rows.map((row) => ({
      id: `country:${row.iso2}`,
      label: 'Country',
      name: row.name,
      ...(row.officialName !== row.name ? { officialName: row.officialName } : {}),
      ...(row.aliases.length > 0 ? { aliases: row.aliases } : {}),
      iso2: row.iso2,
      iso3: row.iso3,
      isoNumeric: row.isoNumeric,
      quote: row.line,
      confidence: 1,
    })),
  };

  const header =
    '# GENERATED by src/generate/reference-countries.ts from i18n-iso-countries; do not edit by hand.\n' +
    '# Regenerate with: npx tsx src/generate/reference-countries.ts\n';
  return header + stringify(seed, { lineWidth: 0 });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await writeFile(COUNTRIES_FILE, renderCountries());
  console.log(`wrote ${COUNTRIES_FILE}`);
}
