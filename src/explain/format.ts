/** The `explain` report as plain text for a terminal, and as rows for the generated `docs/STACK.md`. */
import type { TechnologyStatus } from '../stack/catalogue.js';
import type { ExplainReport, ExplainedTechnology } from './explain.js';

const FORMATS = {
  yaml: 'YAML front matter',
  toml: 'TOML front matter',
  lines: 'front matter read line by line',
  none: 'no front matter',
};
const SHOWN_LINES = 4;
const INDENT = '  ';

export function formatExplain(report: ExplainReport): string {
  const { spec } = report;
  const head = [
    `Spec      ${spec.file}`,
    `Name      ${spec.name ?? '(none)'}`,
    `Format    ${FORMATS[spec.format]}`,
    ...spec.warnings.map((warning, i) => `${i === 0 ? 'Warnings' : ''.padEnd(8)}  ${warning}`),
  ];
  const technologies = table(
    ['Technology', 'Spec lines', 'Status', 'Becomes'],
    report.technologies.map((t) => [t.name, lineList(t.lines), t.status, becomes(t)]),
  );
  const omitted = table(
    ['Technology', 'Spec lines', 'Why'],
    report.notImplemented.map((t) => [t.name, lineList(t.lines), t.reason]),
  );
  return [
    ...head,
    '',
    `Technologies the spec names (${report.technologies.length})`,
    ...(technologies.length > 1 ? technologies : [`${INDENT}(none found)`]),
    '',
    `Named but not implemented (${report.notImplemented.length})`,
    ...(omitted.length > 1 ? omitted : [`${INDENT}(none)`]),
    '',
    ...aggregateLines(report),
  ].join('\n');
}

function becomes(t: ExplainedTechnology): string {
  return t.status === 'generated' && t.files.length > 0 ? `${t.translation} → ${t.files.join(', ')}` : t.translation;
}

function aggregateLines(report: ExplainReport): string[] {
  if (report.context === undefined) return ['Aggregates: no domain file given (pass --domain FILE)'];
  const rows = report.aggregates.map((a) => [
    a.name,
    `${a.fields} field${a.fields === 1 ? '' : 's'}`,
    `entities: ${a.entities.join(', ') || '—'}`,
    `value objects: ${a.valueObjects.join(', ') || '—'}`,
    `events: ${a.events.map((e) => (a.transitions.includes(e) ? `${e} (transition)` : e)).join(', ') || '—'}`,
  ]);
  return [
    `Aggregates of ${report.context} (${report.aggregates.length})`,
    ...table(['Aggregate', 'Fields', '', '', ''], rows).slice(1),
  ];
}

/** Columns padded to their widest cell; the last column is never padded. */
function table(header: string[], rows: string[][]): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  return all.map((row) =>
    (
      INDENT +
      row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join('  ')
    ).trimEnd(),
  );
}

/** `3, 7, 34, 64 (+6 more)` */
function lineList(lines: readonly number[]): string {
  const shown = lines.slice(0, SHOWN_LINES).join(', ');
  return lines.length > SHOWN_LINES ? `${shown} (+${lines.length - SHOWN_LINES} more)` : shown;
}

/** One row of the generated service's `docs/STACK.md`. */
export interface StackRow {
  technology: string;
  status: TechnologyStatus;
  /** `3, 7, 34, 64 (+6 more)` */
  specLines: string;
  /** what it became, or why it did not */
  translation: string;
  /** generated files, comma-separated; empty when nothing was generated */
  files: string;
}

export function stackRows(report: ExplainReport): StackRow[] {
  const reasons = new Map(report.notImplemented.map((t) => [t.id, t.reason]));
  return report.technologies.map((t) => ({
    technology: t.name,
    status: t.status,
    specLines: lineList(t.lines),
    translation: rowTranslation(t, reasons.get(t.id)),
    files: t.status === 'generated' ? t.files.join(', ') : '',
  }));
}

function rowTranslation(t: ExplainedTechnology, reason: string | undefined): string {
  if (t.status === 'generated') return t.translation;
  if (t.status === 'available') return `${t.translation} (add it: \`npx agent-backend add ${t.capability ?? ''}\`)`;
  if (t.status === 'planned') return `${t.translation} (${reason})`;
  return `not generated: ${reason}`;
}
