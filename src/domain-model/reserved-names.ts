/**
 * Names a domain file may not use, because the language or the generator already uses them.
 * Documented in docs/domain-file.md ("Reserved names"); keep the two in step.
 */

/** What the generator emits for every aggregate (and, for members, every child entity). */
export const GENERATED_NAMES = {
  /** properties and methods of every aggregate root and child entity */
  members: [
    'id',
    'version',
    'createdAt',
    'updatedAt',
    'events',
    'pullEvents',
    'props',
    'create',
    'restore',
    'equals',
    'toJSON',
    'toPersistence',
  ],
  /** type names derived from each aggregate's name: `Prompt` → `PromptId`, `PromptRepository`, … */
  typeSuffixes: ['Id', 'Repository', 'Created', 'Updated', 'Deleted'],
  /** lifecycle events added to every aggregate; a declared event may not repeat them */
  eventSuffixes: ['Created', 'Updated', 'Deleted'],
  /** a child entity's column pointing at its root: `<aggregate>Id` (`promptId` in `PromptVersion`) */
  parentKeySuffix: 'Id',
} as const;

/**
 * Words that cannot name a variable, parameter or class in strict-mode TypeScript, and names that
 * break plain objects. TypeScript's contextual keywords (`type`, `number`, `string`, `from`, …)
 * are valid identifiers and stay allowed: `number: string:unique` is a fine field.
 */
// prettier-ignore
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  // ECMAScript reserved words and literals
  'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete',
  'do', 'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import',
  'in', 'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try',
  'typeof', 'var', 'void', 'while', 'with', 'yield',
  // reserved in strict mode (every ES module is strict)
  'implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static',
  'arguments', 'eval',
  // global values a binding would shadow
  'undefined', 'NaN', 'Infinity',
  // the object model
  'constructor', 'prototype', '__proto__', 'hasOwnProperty', 'toString', 'valueOf',
]);

/** Global types a generated class would shadow (`Date`, `Error`, …). */
// prettier-ignore
export const RESERVED_TYPE_NAMES: ReadonlySet<string> = new Set([
  'Array', 'BigInt', 'Boolean', 'Date', 'Error', 'Function', 'Intl', 'JSON', 'Map', 'Math',
  'Number', 'Object', 'Promise', 'Proxy', 'Record', 'Reflect', 'RegExp', 'Set', 'String', 'Symbol',
  'URL', 'WeakMap', 'WeakSet', 'Buffer', 'Event', 'Partial', 'Readonly', 'Required', 'Pick', 'Omit',
]);
