import fc from 'fast-check';
import { globalId } from '../helpers/graphql.ts';

/** Strings written to break a query that pastes input into Cypher, or Lucene, or a regex. */
export const INJECTIONS = [
  "') MATCH (n) DETACH DELETE n //",
  '") MATCH (n) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n RETURN 1 //",
  "x' OR 1=1 WITH * MATCH (n) SET n.pwned = true //",
  '*/ MATCH (n) DETACH DELETE n /*',
  '`) DETACH DELETE n //',
  '$id',
  '{id: $id}',
  'CALL db.labels() YIELD label RETURN label',
  'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l',
  '*:*',
  'name:* OR id:*',
  '"unterminated',
  'a AND OR NOT b~ c^2 [x TO y] {a TO b} /.*/',
  '\\',
  '.*',
  '(?:x+x+)+y',
  '%00',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a log4shell probe
  '${jndi:ldap://127.0.0.1/a}',
  '<script>alert(1)</script>',
];

/** Characters that trip up encoders, comparers and terminals. */
const ODDITIES = [
  '\u0000',
  '\u202E', // right-to-left override
  '\u200B', // zero-width space
  '\uFEFF', // byte order mark
  '\uD800', // a lone high surrogate
  '\uDFFF', // a lone low surrogate
  'e\u0301', // a combining accent
  '🇯🇵',
  '👩‍👩‍👧',
  'Ω≈ç√',
  '\r\n',
  '\u2028',
  'ＭＡＴＣＨ', // fullwidth
  'İı',
];

/** Any string a client might send, weighted towards the nasty ones. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...INJECTIONS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODDITIES) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.string(), fc.constantFrom(...INJECTIONS, ...ODDITIES), fc.string())
      .map((parts) => parts.join('')),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1_000, max: 60_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', '0', '-1', 'null', 'undefined', 'NaN') },
  // Relay ids that decode to a real type and a hostile local id: the id reaches Cypher.
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom('Country', 'Measure', 'Company', 'Event', 'Source', 'Nope'),
        fc.constantFrom(...INJECTIONS),
      )
      .map(([type, id]) => globalId(type, id)),
  },
);

/** Numbers at and past every edge: 32-bit, 53-bit, float overflow, negatives, fractions. */
export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(0, -1, 1, 100, 101, 2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 1),
  fc.constantFrom(1e308, -1e308, Number.MIN_VALUE, 0.5, -0.0, 1e21),
  fc.integer(),
  fc.double({ noNaN: true }),
);

/** A value of any JSON shape, for a variable of the wrong type. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
  fc.integer({ min: 1, max: 1_000 }).map((depth) => nested(depth)),
);

/** `[[[…]]]` `depth` deep: deep nesting in variables. */
export function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}
