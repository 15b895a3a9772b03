/**
 * The code of an event that declares `when:` or `sets:` (a transition): the checks its method
 * makes, the state it writes, its payload, and the inputs its tests start from. Templates print
 * these strings.
 */
import type { DomainEvent, EventAssignment, EventGuard } from '../domain-model/types.js';
import { lit } from './fields.js';
import type { FieldPair } from './model.js';

export interface GuardView {
  field: string;
  /** true when the aggregate's state does NOT allow the event: `this.props.status !== 'draft'` */
  refused: string;
  /** the allowed values as an array literal: `['draft', 'published']` */
  allowed: string;
  /** the allowed values for prose: `draft or published` */
  allowedText: string;
}

export interface AssignmentView {
  field: string;
  /** the new domain value: `'published'`, `now`, `undefined` */
  domain: string;
  /** the value in the event's payload: `'published'`, `now.toISOString()`, `null` */
  plain: string;
  /** the payload property's type: `'published'`, `string`, `null` */
  plainType: string;
  /** what a unit test expects the getter to return after `method(now)` */
  expected: string;
  /** what an HTTP test expects in the resource (absent for a cleared field) */
  expectedInView?: string;
  /** for prose: `status to published`, `publishedAt to now`, `note cleared` */
  text: string;
  /** it reads the clock: `now` or `today` */
  clock: boolean;
}

export interface TransitionView {
  guards: GuardView[];
  assignments: AssignmentView[];
  /** the method takes the clock (`now`) because it sets a date or a time */
  takesNow: boolean;
  /** properties of a create input the event accepts: `status: 'draft'` */
  acceptedInput: string[];
  /** properties of a create input the event refuses, when a guard excludes some value */
  refusedInput?: string[];
  /** `Needs status draft; sets status to published and publishedAt to now.` */
  summary: string;
  /** the fields it sets, for a test's title: `status and publishedAt` */
  setsText: string;
}

const valueText = (value: string | boolean): string => String(value);

/** `a`, `a and b`, `a, b and c` */
function listText(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
const valueCode = (value: string | boolean): string => (typeof value === 'string' ? lit(value) : String(value));

function pairOf(fields: FieldPair[], name: string): FieldPair {
  const pair = fields.find((p) => p.field.names.camel === name);
  if (!pair) throw new Error(`no field ${name} (the domain reader checks this)`);
  return pair;
}

/** Every value the field can take, when it is an enum or a boolean. */
function domainOf(pair: FieldPair): (string | boolean)[] {
  return pair.field.kind === 'scalar' && pair.field.type === 'boolean' ? [true, false] : (pair.view.values ?? []);
}

function guardView(guard: EventGuard): GuardView {
  const property = `this.props.${guard.field}`;
  const refused =
    guard.values.length === 1 && typeof guard.values[0] === 'boolean'
      ? `${guard.values[0] ? '!' : ''}${property}`
      : guard.values.map((value) => `${property} !== ${valueCode(value)}`).join(' && ');
  return {
    field: guard.field,
    refused,
    allowed: `[${guard.values.map(valueCode).join(', ')}]`,
    allowedText: guard.values.map(valueText).join(' or '),
  };
}

function assignmentView(assignment: EventAssignment, pair: FieldPair): AssignmentView {
  const { field, value } = assignment;
  if (value === null)
    return { field, domain: 'undefined', plain: 'null', plainType: 'null', expected: 'undefined', text: `${field} cleared`, clock: false };
  if (value === 'now' && pair.view.type === 'datetime')
    return {
      field,
      domain: 'now',
      plain: 'now.toISOString()',
      plainType: 'string',
      expected: 'now',
      expectedInView: 'expect.any(String)',
      text: `${field} to now`,
      clock: true,
    };
  if (value === 'today' && pair.view.type === 'date')
    return {
      field,
      domain: 'now.toISOString().slice(0, 10)',
      plain: 'now.toISOString().slice(0, 10)',
      plainType: 'string',
      expected: 'now.toISOString().slice(0, 10)',
      expectedInView: 'expect.any(String)',
      text: `${field} to today`,
      clock: true,
    };
  const code = valueCode(value);
  return { field, domain: code, plain: code, plainType: code, expected: code, expectedInView: code, text: `${field} to ${valueText(value)}`, clock: false };
}

/** A value of the guard's field that the guard refuses, if the field has one. */
function refusedValue(guard: EventGuard, fields: FieldPair[]): string | boolean | undefined {
  return domainOf(pairOf(fields, guard.field)).find((value) => !guard.values.includes(value));
}


export function transitionView(event: DomainEvent, fields: FieldPair[]): TransitionView | undefined {
  if (event.when === undefined && event.sets === undefined) return undefined;
  // a guard that allows every value the field can take checks nothing, and is left out
  const guards = (event.when ?? []).filter((guard) => refusedValue(guard, fields) !== undefined);
  const assignments = (event.sets ?? []).map((assignment) => assignmentView(assignment, pairOf(fields, assignment.field)));
  const input = (guard: EventGuard, value: string | boolean) => `${guard.field}: ${valueCode(value)}`;
  const accepted = guards.map((guard) => input(guard, guard.values[0] ?? ''));
  // the first guard refuses its field's other value; the others still hold
  const [refusing] = guards;
  const refused = refusing === undefined ? undefined : refusedValue(refusing, fields);
  const needs = guards.map((guard) => `${guard.field} ${guardView(guard).allowedText}`).join(' and ');
  const leaves = listText(assignments.map((a) => a.text));
  const summary = [needs && `Needs ${needs}`, leaves && `sets ${leaves}`].filter(Boolean).join('; ');
  return {
    guards: guards.map(guardView),
    assignments,
    takesNow: assignments.some((a) => a.clock),
    acceptedInput: accepted,
    ...(refusing !== undefined && refused !== undefined ? { refusedInput: [input(refusing, refused), ...accepted.slice(1)] } : {}),
    summary: summary === '' ? '' : `${summary.charAt(0).toUpperCase()}${summary.slice(1)}.`,
    setsText: listText(assignments.map((a) => a.field)),
  };
}
