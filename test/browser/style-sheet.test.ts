import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CYPHER_DIR } from '../../src/db/cypher.ts';
import { NODE_LABELS } from '../../src/schema/nodes/node-refs.ts';

const grass = readFileSync(path.join(CYPHER_DIR, 'browser', 'exposure-graph.grass'), 'utf8');

/**
 * The style sheet read the way the Neo4j Browser reads it (GraphStyle.parse; parseGrass behind
 * `:style` works alike): character by character, `'` toggling a string in which braces are text,
 * selectors kept in file order, then each rule's text split on `;` and each property on `:`.
 */
function parseGrass(text: string): [string, Record<string, string>][] {
  const rules: [string, string][] = [];
  let insideString = false;
  let insideProps = false;
  let selector = '';
  let props = '';
  for (const char of text) {
    if (char === "'") {
      insideString = !insideString;
    } else if (char === '{' && !insideString) {
      insideProps = true;
    } else if (char === '}' && !insideString) {
      insideProps = false;
      rules.push([selector, props]);
      selector = '';
      props = '';
    } else if (insideProps) {
      props += char;
    } else if (!/\s/.test(char)) {
      selector += char;
    }
  }
  return rules.map(([name, body]) => [
    name,
    Object.fromEntries(
      body
        .split(';')
        .map((prop) => prop.split(':').map((part) => part.trim()))
        .filter(([key, value]) => key && value)
        .map(([key, value]) => [key, value]),
    ),
  ]);
}

const rules = parseGrass(grass);

/** The Browser merges every rule whose labels a node has, in file order: later rules win. */
function styleOf(labels: string[]): Record<string, string> {
  return rules
    .filter(([selector]) => {
      const [tag, ...classes] = selector.split('.');
      return tag === 'node' && classes.every((label) => labels.includes(label));
    })
    .reduce((style, [, props]) => Object.assign(style, props), {} as Record<string, string>);
}

/** Labels as the loader writes them: the primary one plus its storage and super-labels. */
function storedLabels(label: string): string[] {
  const organizations = ['Company', 'GovernmentBody', 'MediaOutlet', 'ResearchInstitute'];
  const actors = ['Country', 'Person', ...organizations];
  return [
    'Entity',
    ...(actors.includes(label) ? ['Actor'] : []),
    ...(organizations.includes(label) ? ['Organization'] : []),
    label,
  ];
}

describe('the Browser style sheet', () => {
  it('has nothing the Browser would misread: comments, or a second `:` in a property', () => {
    expect(grass).not.toMatch(/\/\*|\/\//);
    // Both of the Browser's parsers split a property on `:` and keep it only with exactly two parts.
    const properties = [...grass.matchAll(/\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)].flatMap((m) =>
      (m[1] ?? '').split(';').filter((prop) => prop.trim()),
    );
    expect(properties.length).toBeGreaterThan(NODE_LABELS.length * 2);
    for (const prop of properties) expect(prop.split(':')).toHaveLength(2);
  });

  it.each(NODE_LABELS)('gives %s a rule with a colour and a caption', (label) => {
    const own = rules.find(([selector]) => selector === `node.${label}`)?.[1];
    expect(own?.color).toMatch(/^#[0-9A-F]{6}$/i);
    expect(own?.caption).toMatch(/\{\w+\}/);
  });

  it('gives every label a distinct colour, and the specific label wins over Entity, Actor and Organization', () => {
    const colours = NODE_LABELS.map((label) => styleOf(storedLabels(label)).color);
    expect(new Set(colours).size).toBe(NODE_LABELS.length);
    for (const label of NODE_LABELS) {
      const own = rules.find(([selector]) => selector === `node.${label}`)?.[1];
      expect(styleOf(storedLabels(label))).toMatchObject({
        color: own?.color,
        caption: own?.caption,
      });
    }
  });
});
