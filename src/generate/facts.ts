/**
 * Building blocks of generated data in the normalised form (src/model/format.ts): nodes and
 * relationships with their provenance, and source documents whose text every quote is cut from.
 */
import type {
  NormalizedNode,
  NormalizedRelationship,
  NormalizedSeedFile,
  Props,
  PropValue,
} from '../model/format.ts';

export interface Provenance {
  sourceIds: string[];
  quote: string | null;
  confidence: number;
  inferred: boolean;
  rationale: string | null;
}

/** A fact a source states: the quote is a whole line of that source's text. */
export const quoted = (sourceId: string, quote: string, confidence = 1): Provenance => ({
  sourceIds: [sourceId],
  quote,
  confidence,
  inferred: false,
  rationale: null,
});

/** A fact the generator concluded: no quote, a rationale, and the method note as its source. */
export const inferred = (rationale: string, confidence = 0.7): Provenance => ({
  sourceIds: [METHOD_SOURCE_ID],
  quote: null,
  confidence,
  inferred: true,
  rationale,
});

export const METHOD_SOURCE_ID = 'source:gen-method';

/** `{on: {$date}, onPrecision}`: a date as the normaliser flattens it. */
export function dated(name: string, day: string, precision: 'day' | 'month' = 'day'): Props {
  return { [name]: { $date: day }, [`${name}Precision`]: precision };
}

/** Collects the nodes and relationships of one output file (one write transaction). */
export class GraphFile {
  readonly nodes: NormalizedNode[] = [];
  readonly relationships: NormalizedRelationship[] = [];
  /** Turned into nodes last, so lines said after a fact was written still reach the text. */
  private readonly documents: SourceDocument[] = [];

  constructor(readonly name: string) {}

  node(id: string, labels: string[], props: Props, provenance: Provenance | null): void {
    this.nodes.push({ id, labels, props: { id, ...props, ...(provenance ?? {}) } });
  }

  rel(type: string, from: string, to: string, provenance: Provenance, props: Props = {}): void {
    const id = `${from}-[${type}]->${to}`;
    this.relationships.push({ id, type, from, to, props: { id, ...props, ...provenance } });
  }

  source(document: SourceDocument): void {
    this.documents.push(document);
  }

  toFile(): NormalizedSeedFile {
    const nodes = [...this.nodes, ...this.documents.map((d) => d.toNode())];
    return { file: this.name, nodes, relationships: this.relationships };
  }
}

/**
 * A generated document. `say` appends a line and returns it, so the caller quotes exactly what
 * the text holds: every quote is a substring of its source by construction.
 */
export class SourceDocument {
  private readonly lines: string[] = [];

  constructor(
    readonly id: string,
    private readonly described: Record<string, PropValue>,
  ) {}

  say(line: string): string {
    this.lines.push(line);
    return line;
  }

  toNode(): NormalizedNode {
    const props: Props = { id: this.id, titleSupplied: false, language: 'en', ...this.described };
    props.text = this.lines.join('\n');
    return { id: this.id, labels: ['Source'], props };
  }
}
