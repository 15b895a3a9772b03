/** A value passed through a call (`withReadCache(createQueries(database), readCache)`), laid out as prettier would. */
import { indentationAt, indentUnitOf, newlineOf } from './text-layout.js';

export interface WrapRequest {
  property: string;
  /** the function the value is passed to */
  callee: string;
  /** arguments after the wrapped value, as source text */
  extraArguments: readonly string[];
  /** a call that would make its line longer goes one argument per line, as prettier writes it */
  printWidth?: number;
}

/**
 * The call, on one line when `property: call,` fits the print width from `lineStart`, else one
 * argument per line (a multi-line value always goes that way, as prettier writes it).
 */
export function wrappedText(value: string, request: WrapRequest, layout: { text: string; at: number; prefix: string }): string {
  const args = [value, ...request.extraArguments];
  const oneLine = `${request.callee}(${args.join(', ')})`;
  const indent = indentationAt(layout.text, layout.at);
  const width = indent.length + layout.prefix.length + oneLine.length + 1;
  if (!oneLine.includes('\n') && width <= (request.printWidth ?? 100)) return oneLine;
  const newline = newlineOf(layout.text);
  const inner = indent + indentUnitOf(layout.text);
  const lines = args.map((arg) => `${inner}${arg.split('\n').join(`${newline}${indentUnitOf(layout.text)}`)},`);
  return `${request.callee}(${newline}${lines.join(newline)}${newline}${indent})`;
}
