// A node's aliases in the normalised form: the `aliases` property lists every name (what search
// indexes and the API shows), and each alias written as a fact of its own becomes an Alias node,
// `(node)-[:ALSO_KNOWN_AS]->(alias)`, with its provenance (like a measure's StatusChange nodes).
import type { NormalizedNode, NormalizedRelationship, Props } from '../../model/format.ts';
import { type AliasEntry, aliasName } from '../../model/format-primitives.ts';
import { relationshipId } from '../../model/format-relationships.ts';

/** `country:CN/alias/beijing`: stable, so loading twice changes nothing. */
export function aliasId(ownerId: string, name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${ownerId}/alias/${slug || 'x'}`;
}

export function normalizeAliases(
  ownerId: string,
  aliases: AliasEntry[] | undefined,
  defaults: { sourceIds: string[]; confidence: number },
  props: Props,
): { nodes: NormalizedNode[]; relationships: NormalizedRelationship[] } {
  const nodes: NormalizedNode[] = [];
  const relationships: NormalizedRelationship[] = [];
  if (!aliases) return { nodes, relationships };
  props.aliases = aliases.map(aliasName);
  for (const alias of aliases) {
    if (typeof alias === 'string') continue;
    const id = aliasId(ownerId, alias.name);
    const facts: Props = {
      sourceIds: alias.sourceIds ?? defaults.sourceIds,
      quote: alias.quote ?? null,
      confidence: alias.confidence ?? defaults.confidence,
      inferred: alias.inferred,
      rationale: alias.rationale ?? null,
    };
    nodes.push({ id, labels: ['Alias'], props: { id, ownerId, name: alias.name, ...facts } });
    const link = { from: ownerId, to: id, type: 'ALSO_KNOWN_AS' };
    const linkId = relationshipId(link);
    relationships.push({ ...link, id: linkId, props: { id: linkId, ...facts } });
  }
  return { nodes, relationships };
}
