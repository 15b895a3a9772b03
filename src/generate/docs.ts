/**
 * Markdown pieces of the generated service: the Mermaid class diagram of an aggregate, the
 * API rows of the README and the STACK table. Pure functions; the aggregate subgenerator
 * appends their output to an existing service.
 */
import type { Aggregate } from '../domain-model/types.js';
import { aggregateView, eventMethod, type FieldPair } from './model.js';
import { names } from '../naming.js';
import { alignedTable } from '../ast/markdown-table.js';
import type { StackRow } from '../explain/format.js';

function member(p: FieldPair): string {
  const type =
    p.view.type === 'enum'
      ? 'enum'
      : p.view.type === 'reference'
        ? (p.view.idType ?? 'Id')
        : p.view.type === 'valueObject'
          ? (p.view.valueObject ?? '')
          : p.view.type;
  return `    +${type}${p.view.optional ? '?' : ''} ${p.view.name}`;
}

/** `## Prompt` + description + a Mermaid classDiagram of its root, parts and events. */
export function renderDomainSection(aggregate: Aggregate): string {
  const a = aggregateView(aggregate);
  const P = a.names.pascal;
  const lines = ['classDiagram', `  class ${P} {`, '    <<aggregate root>>', `    +${P}Id id`, '    +int version'];
  lines.push(...a.fields.map(member), '  }');
  for (const v of a.valueObjectParts) {
    lines.push(`  class ${v.names.pascal} {`, '    <<value object>>', ...v.fields.map(member), '  }');
    lines.push(`  ${P} *-- ${v.names.pascal}`);
  }
  for (const e of a.entities) {
    lines.push(`  class ${e.names.pascal} {`, '    <<entity>>', ...e.fields.map(member), '  }');
    lines.push(`  ${P} "1" *-- "many" ${e.names.pascal} : ${e.property}`);
  }
  for (const r of a.references) lines.push(`  ${P} --> ${r.pascal} : by id`);
  const events = [`${P}Created`, `${P}Updated`, `${P}Deleted`, ...a.events.map((e) => e.names.pascal)];
  for (const event of events) {
    lines.push(`  class ${event} {`, '    <<event>>', '  }', `  ${P} ..> ${event} : records`);
  }
  const rules = a.fields
    .filter(
      (p) =>
        p.field.min !== undefined ||
        p.field.max !== undefined ||
        p.field.pattern !== undefined ||
        p.field.unique ||
        p.field.length !== undefined,
    )
    .map((p) => {
      const r = [
        p.field.unique ? 'unique' : '',
        p.field.min !== undefined ? `min ${p.field.min}` : '',
        (p.field.length ?? p.field.max) !== undefined ? `max ${p.field.length ?? p.field.max}` : '',
        p.field.pattern !== undefined ? `pattern \`${p.field.pattern}\`` : '',
      ].filter(Boolean);
      return `- \`${p.view.name}\`: ${r.join(', ')}`;
    });
  return [
    `## ${P}`,
    '',
    ...(a.description ? [a.description, ''] : []),
    '```mermaid',
    ...lines,
    '```',
    '',
    ...(rules.length > 0 ? ['Invariants:', '', ...rules, ''] : []),
    ...(transitions(aggregate).length > 0 ? ['Transitions:', '', ...transitions(aggregate), ''] : []),
  ].join('\n');
}

const code = (value: string | boolean | null): string => `\`${String(value)}\``;

/** One line per event with `when:` or `sets:`: its method, what it needs and what it sets. */
function transitions(aggregate: Aggregate): string[] {
  return aggregate.events.flatMap((event) => {
    if (event.when === undefined && event.sets === undefined) return [];
    const method = eventMethod(aggregate.names, event.names);
    const needs = (event.when ?? []).map((g) => `${code(g.field)} is ${g.values.map(code).join(' or ')}`);
    const sets = (event.sets ?? []).map((a) => (a.value === null ? `clears ${code(a.field)}` : `${code(a.field)} → ${code(a.value)}`));
    const parts = [needs.length > 0 ? `needs ${needs.join(' and ')}` : '', sets.length > 0 ? `sets ${sets.join(', ')}` : ''];
    return [`- \`${method}()\` records ${code(event.names.pascal)}: ${parts.filter(Boolean).join('; ')}`];
  });
}

/** The README rows of one aggregate's routes. */
export function apiRows(aggregate: Aggregate): string[] {
  const base = `/api/v1/${aggregate.names.pluralKebab}`;
  const one = aggregate.names.kebab.replace(/-/g, ' ');
  return [
    `| POST | \`${base}\` | create ${/^[aeiou]/.test(one) ? 'an' : 'a'} ${one} (201, Location, ETag) |`,
    `| GET | \`${base}/{id}\` | get one (ETag) |`,
    `| GET | \`${base}?limit&cursor&sort\` | list, cursor pagination, filters on indexed fields |`,
    `| PATCH | \`${base}/{id}\` | change (If-Match required: 428 without, 412 when stale, \`*\` for any version) |`,
    ...aggregate.events
      .filter((event) => event.when !== undefined || event.sets !== undefined)
      .map((event) => {
        const action = names(eventMethod(aggregate.names, event.names)).kebab;
        const refusable = (event.when ?? []).length > 0 ? '; 409 when the state does not allow it' : '';
        return `| POST | \`${base}/{id}/${action}\` | records ${event.names.pascal} (If-Match required${refusable}) |`;
      }),
    `| DELETE | \`${base}/{id}\` | delete (If-Match optional) |`,
  ];
}

export type { StackRow };

/** `a.ts, b.ts` → `` `a.ts`, `b.ts` ``; an em dash when nothing was generated. */
function fileList(files: string): string {
  const list = files
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  return list.length === 0 ? '—' : list.map((f) => `\`${f}\``).join(', ');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The table of docs/STACK.md, its columns aligned as prettier aligns them. */
export function stackTable(rows: readonly StackRow[]): string {
  if (rows.length === 0) return '_The spec named no technology this tool translates._';
  const table = [
    '| spec names | line(s) | TypeScript here | files |',
    '| --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${cell(r.technology)} | ${r.specLines} | ${cell(r.translation)} | ${fileList(r.files)} |`,
    ),
  ];
  return (alignedTable(table) ?? table).join('\n');
}

/** The README's API table: the health routes and each aggregate's, aligned as prettier aligns them. */
export function apiTable(aggregates: readonly Aggregate[]): string {
  const table = [
    '| method | path | what |',
    '| --- | --- | --- |',
    '| GET | `/health/live` | the process answers |',
    '| GET | `/health/ready` | the database answers |',
    ...aggregates.flatMap(apiRows),
  ];
  return (alignedTable(table) ?? table).join('\n');
}
