/**
 * One field, from its name and spec to a `Field`: the name normalised (a reference `tenant`
 * becomes `tenantId`), value objects and referenced aggregates resolved, modifiers checked.
 */
import { names } from '../naming.js';
import { checkName, checkNotGeneratedMember } from './check-name.js';
import { checkModifiers } from './field-modifiers.js';
import type { FieldSpec } from './field-spec.js';
import { TYPE_LIST, type TypeExpression } from './field-type.js';
import { fail, type Site } from './site.js';
import { closest } from './suggest.js';
import { SCALAR_TYPES, type Field, type FieldKind, type Names } from './types.js';

/** What a field may point at where it is declared. */
export interface FieldScope {
  /** `aggregate Prompt`, `value object ModelSettings`, … for messages */
  owner: string;
  /** PascalCase names of every aggregate of the context; `any` accepts every reference unchecked */
  aggregates: readonly string[] | 'any';
  /** PascalCase names of the value objects the field may use */
  valueObjects: readonly string[];
  /** value objects hold scalars only */
  scalarsOnly: boolean;
  /** how to declare a missing value object, for the message; default: in the aggregate */
  declareValueObjects?: string;
  /** a child entity's generated link to its root (`promptId`), which a field may not take */
  parentKey?: string;
}

export function buildField(rawName: string, spec: FieldSpec, scope: FieldScope, site: Site): Field {
  const written = checkName(rawName, 'field', site);
  checkNotGeneratedMember(written, site);
  const kind = resolveKind(spec.type, scope, site);
  const fieldNames = kind.kind === 'reference' ? referenceNames(written) : written;
  checkNotGeneratedMember(fieldNames, site);
  if (fieldNames.camel === scope.parentKey) {
    fail(
      site,
      `field name "${fieldNames.camel}" is generated in every ${scope.owner.replace(/^\w+ /, '')} to link it to its aggregate — remove it`,
    );
  }
  const modifiers = checkModifiers(spec.type, spec.modifiers, site);
  const field: Field = { ...kind, ...modifiers, names: fieldNames, origin: site.origin };
  if (spec.description !== undefined) field.description = spec.description;
  return field;
}

/** `tenant: ref(Tenant)` → `tenantId`; a name already ending in `Id` is kept. */
export function referenceNames(fieldNames: Names): Names {
  return fieldNames.camel.endsWith('Id') ? fieldNames : names(`${fieldNames.camel}Id`);
}

function resolveKind(type: TypeExpression, scope: FieldScope, site: Site): FieldKind {
  if (type.kind === 'scalar')
    return type.values ? { kind: 'scalar', type: type.type, values: type.values } : { kind: 'scalar', type: type.type };
  if (scope.scalarsOnly) {
    fail(
      site,
      `a value object holds only scalar fields (${TYPE_LIST.replace(/, ref.*$/, '')}) — move this field to the aggregate`,
    );
  }
  if (type.kind === 'reference') {
    const aggregate = names(type.aggregate).pascal;
    if (scope.aggregates === 'any' || scope.aggregates.includes(aggregate)) return { kind: 'reference', aggregate };
    const near = closest(aggregate, scope.aggregates);
    const declared = scope.aggregates.join(', ') || 'none';
    fail(
      site,
      `reference to unknown aggregate "${type.aggregate}" — ${near ? `did you mean "${near}"?` : `declare it as an aggregate first (known: ${declared})`}`,
    );
  }
  const valueObject = type.valueObject;
  if (scope.valueObjects.includes(valueObject)) return { kind: 'valueObject', valueObject };
  const near = closest(valueObject, [...scope.valueObjects, ...SCALAR_TYPES]);
  const fix = near
    ? `did you mean "${near}"?`
    : `${scope.declareValueObjects ?? 'declare it under valueObjects: of this aggregate'}, or use one of ${TYPE_LIST}`;
  return fail(site, `unknown value object "${valueObject}" in ${scope.owner} — ${fix}`);
}
