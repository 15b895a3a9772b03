/**
 * The blocks the wirings name, found in a rendered file by their opening lines: a function's
 * body, the object it returns, a property's object, a call's or a constructor's object argument.
 */
import { escapeRegExp as escaped } from '../../escape-regexp.js';
import type { Block, SourceText } from './source-text.js';

export function functionBody(source: SourceText, name: string): Block {
  const declaration = source.find(source.top(), new RegExp(`^(?:export\\s+)?(?:async\\s+)?function\\s+${escaped(name)}\\b`));
  if (!declaration) throw source.missing(`a function ${name}`);
  return source.bodyOf(declaration);
}

export function returnedObject(source: SourceText, functionName: string): Block {
  const body = functionBody(source, functionName);
  const returned = source.itemsOf(body).filter((item) => /^return\s*\{$/.test(source.lines[item.first]?.trim() ?? '')).at(-1);
  if (!returned) throw source.missing(`\`return {\` in function ${functionName}`);
  return source.blockAt(returned.first);
}

export function propertyObject(source: SourceText, object: Block, name: string): Block {
  const opening = new RegExp(`^${escaped(name)}\\s*:\\s*\\{$`);
  const property = source.itemsOf(object).find((item) => opening.test(source.lines[item.first]?.trim() ?? ''));
  if (!property) throw source.missing(`a property ${name}: { … }`);
  return source.blockAt(property.first);
}

/** The object literal argument of the first line calling `callee({` (or `callee(firstArgument, {`). */
export function callArgumentObject(source: SourceText, callee: string, firstArgument?: string): Block {
  const opening = new RegExp(`(?<![\\w$.])${escaped(callee)}\\(${firstArgument === undefined ? '' : `${escaped(firstArgument)},\\s*`}\\{$`);
  const line = source.lines.findIndex((text) => opening.test(text));
  if (line < 0) throw source.missing(`a call ${callee}(${firstArgument === undefined ? '' : `${firstArgument}, `}{ … })`);
  return source.blockAt(line);
}

export function constructorArgumentObject(source: SourceText, className: string): Block {
  const line = source.lines.findIndex((text) => text.includes(`new ${className}({`));
  if (line < 0) throw source.missing(`new ${className}({ … })`);
  return source.blockAt(line);
}
