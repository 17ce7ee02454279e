// CSV for the flat kinds (actors, goods, dependencies): each row becomes the seed entry it stands
// for and is validated by the same schemas as YAML, so the rules are the same. Errors name the
// file, the LINE of the row and the column (docs/import-export.md).
import { parse } from 'csv-parse/sync';
import type { SeedError } from '../../model/format.ts';
import { NodeSchema } from '../../model/format-nodes.ts';
import { RelationshipSchema } from '../../model/format-relationships.ts';
import { ACTOR_LABELS } from '../../model/labels.ts';
import { DEFAULT_LIMITS, entriesOverLimit, type SeedLimits } from './file-limits.ts';
import { formatPath, issuesToProblems, type PathKey } from './issues.ts';
import { emptyParsedFile, type ParsedFile } from './parse-file.ts';

export type CsvKind = 'actors' | 'goods' | 'dependencies';

/** `actors.csv`, `acme-actors.csv`, `2026-03.goods.csv` … the name tells the kind. */
export function csvKindOf(file: string): CsvKind | undefined {
  return /(?:^|[/._-])(actors|goods|dependencies)\.csv$/.exec(file)?.[1] as CsvKind | undefined;
}

const PROVENANCE = ['sourceIds', 'quote', 'confidence', 'inferred', 'rationale'];
const COLUMNS: Record<CsvKind, { all: string[]; required: string[] }> = {
  actors: {
    all: ['id', 'label', 'name', 'aliases', 'description', 'kind', 'stateOwned'].concat(
      ['iso2', 'iso3', 'isoNumeric'],
      PROVENANCE,
    ),
    required: ['id', 'label', 'name', 'confidence'],
  },
  goods: {
    all: ['id', 'name', 'aliases', 'description', 'definition', 'hsCodes', 'hsEdition'].concat(
      ['hsHeadingText', 'controlCategory'],
      PROVENANCE,
    ),
    required: ['id', 'name', 'confidence'],
  },
  dependencies: {
    all: ['from', 'to', 'criticality', 'key', ...PROVENANCE],
    required: ['from', 'to', 'criticality', 'confidence'],
  },
};
/** Cells that hold lists, separated by `|`. */
const LISTS = new Set(['aliases', 'hsCodes', 'sourceIds']);
const NUMBERS = new Set(['confidence', 'criticality']);
const BOOLEANS = new Set(['stateOwned', 'inferred']);
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/** A cell as the schema expects it; a value of the wrong shape stays text, for zod to name. */
function cellValue(column: string, cell: string): unknown {
  if (cell === '') return undefined;
  if (LISTS.has(column)) return cell.split('|').map((item) => item.trim());
  if (NUMBERS.has(column) && NUMBER.test(cell.trim())) return Number(cell);
  const lower = cell.trim().toLowerCase();
  if (BOOLEANS.has(column) && (lower === 'true' || lower === 'false')) return lower === 'true';
  return cell;
}

interface Row {
  cells: string[];
  line: number;
}

function readRows(file: string, text: string, errors: SeedError[]): Row[] {
  const records = parse(text, {
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      const message = `malformed CSV: ${error?.message ?? 'unreadable record'}`;
      const line = Number((error as { lines?: unknown } | undefined)?.lines);
      errors.push({ file, path: '', message, ...(line > 0 ? { line } : {}) });
    },
  }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
  return records.map(({ record, info, raw }) => {
    // `lines` is where the record ends; a quoted cell may span lines.
    const extraLines = raw.replace(/\r?\n$/, '').split('\n').length - 1;
    return { cells: record, line: info.lines - extraLines };
  });
}

export function parseCsvText(
  file: string,
  text: string,
  kind: CsvKind,
  limits: SeedLimits = DEFAULT_LIMITS,
): { parsed: ParsedFile; errors: SeedError[] } {
  const errors: SeedError[] = [];
  const rows = readRows(file, text, errors);
  const lines = rows.slice(1).map((row) => row.line);
  const parsed = emptyParsedFile(
    file,
    (path) => (typeof path[1] === 'number' ? lines[path[1]] : rows[0]?.line),
    (path) => (path.length > 2 ? `column ${formatPath(path.slice(2))}` : 'row'),
  );
  const report = (path: PathKey[], message: string) =>
    errors.push({ file, path: parsed.describe(path), message, line: parsed.lineOf(path) });

  const [header, ...data] = rows;
  if (!header) {
    errors.push({ file, path: '', message: `empty CSV: expected a header row (${kind})` });
    return { parsed, errors };
  }
  const { all, required } = COLUMNS[kind];
  const columns = header.cells.map((cell) => cell.trim());
  const headerError = (message: string) =>
    errors.push({ file, path: 'header', message, line: header.line });
  for (const column of columns.filter((name) => !all.includes(name))) {
    headerError(`unknown column "${column}" in a ${kind} file; columns: ${all.join(', ')}`);
  }
  for (const column of required.filter((name) => !columns.includes(name))) {
    headerError(`missing column "${column}" (required in a ${kind} file)`);
  }
  const tooMany = entriesOverLimit(data.length, limits);
  if (tooMany) headerError(tooMany);
  if (errors.some((error) => error.path === 'header')) return { parsed, errors };

  const list = kind === 'dependencies' ? 'relationships' : 'nodes';
  data.forEach((row, index) => {
    if (row.cells.length !== columns.length) {
      const message = `malformed CSV: ${row.cells.length} cells, but the header has ${columns.length} columns`;
      report([list, index], message);
      return;
    }
    const entry: Record<string, unknown> =
      kind === 'goods'
        ? { label: 'Commodity' }
        : kind === 'dependencies'
          ? { type: 'DEPENDS_ON' }
          : {};
    columns.forEach((column, position) => {
      const value = cellValue(column, row.cells[position] ?? '');
      if (value !== undefined) entry[column] = value;
    });
    if (typeof entry.id === 'string') parsed.declaredIds.add(entry.id);
    if (kind === 'actors' && !ACTOR_LABELS.some((label) => label === entry.label)) {
      const got = JSON.stringify(entry.label ?? '');
      report([list, index, 'label'], `an actors file holds ${ACTOR_LABELS.join(', ')}; got ${got}`);
      return;
    }
    const result = (list === 'nodes' ? NodeSchema : RelationshipSchema).safeParse(entry);
    if (!result.success) {
      for (const problem of issuesToProblems(result.error.issues, entry)) {
        report([list, index, ...problem.path], problem.message);
      }
    } else if (list === 'nodes') parsed.nodes.push({ index, value: result.data as never });
    else parsed.relationships.push({ index, value: result.data as never });
  });
  return { parsed, errors };
}
