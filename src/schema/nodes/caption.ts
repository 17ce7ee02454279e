/**
 * `label` on every node: a short caption a front end can show for a search hit, an exposure hop or
 * an edge without a fragment per type (docs/model.md, "Captions"). Names where a node has one, a
 * measure's or event's title, a source's title, a status change's status and day; the rest their
 * text or description cut at a word to at most 80 characters.
 */

import { builder } from '../../builder.ts';
import type { GraphNode } from '../../db/graph-node.ts';
import { READS_EXTENSION } from '../../read/field-reads.ts';
import { text } from './node-props.ts';

const MAX = 80;

/** `value` cut at a word so that it fits in `max` characters, with an ellipsis when cut. */
export function cutAtWord(value: string, max = MAX): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** The properties a caption may read, whatever the type (the planner reads these alone). */
const CAPTION_PROPS = ['name', 'title', 'description', 'summary', 'text', 'status', 'on'];

export function captionOf(node: GraphNode): string {
  const first = (...keys: string[]) => keys.map((key) => text(node, key)).find(Boolean) ?? null;
  if (node.labels.includes('StatusChange')) {
    const on = node.props.on;
    return `${text(node, 'status') ?? 'status'}${on == null ? '' : ` on ${String(on)}`}`;
  }
  const caption = first('name', 'title', 'summary', 'text', 'description');
  return caption ? cutAtWord(caption) : node.id;
}

builder.interfaceFields(builder.nodeInterfaceRef(), (t) => ({
  label: t.string({
    description:
      'A short caption for display: the name, or the title, or the text cut at a word (at most 80 characters).',
    extensions: { [READS_EXTENSION]: { props: CAPTION_PROPS } },
    // Relay's Node interface has the shape `unknown` in Pothos; every node answered is a GraphNode.
    resolve: (node) => captionOf(node as GraphNode),
  }),
}));
