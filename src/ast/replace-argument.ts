/**
 * Swaps one argument of `new ClassName(…)` for another — the outbox relay's `(event) =>
 * bus.publish(event)` becomes `(event) => events.publish(event)` — only when the argument is
 * still what the generator wrote. One the user changed is theirs: the edit stops and says so.
 */
import { SyntaxKind, type SourceFile } from 'ts-morph';
import { anchorNotFound } from './anchor-error.js';
import { replaceRange } from './insertions.js';

export interface ArgumentReplacement {
  className: string;
  index: number;
  /** the argument as generated (compared without whitespace) */
  from: string;
  to: string;
}

const compact = (text: string): string => text.replace(/\s+/g, '');

/** True when it replaced, false when the argument is already `to`. */
export function replaceConstructorArgument(sourceFile: SourceFile, request: ArgumentReplacement): boolean {
  const construction = sourceFile
    .getDescendantsOfKind(SyntaxKind.NewExpression)
    .find((node) => node.getExpression().getText() === request.className);
  const argument = construction?.getArguments()[request.index];
  if (argument && compact(argument.getText()) === compact(request.to)) return false;
  if (!argument || compact(argument.getText()) !== compact(request.from)) {
    const position = ['first', 'second', 'third'][request.index] ?? `#${request.index + 1}`;
    throw anchorNotFound(
      sourceFile,
      `new ${request.className}(…) with ${position} argument \`${request.from}\` (to make it \`${request.to}\`)`,
      argument ?? construction,
    );
  }
  replaceRange(sourceFile, argument.getStart(), argument.getEnd(), request.to);
  return true;
}
