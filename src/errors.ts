/**
 * Errors the user can fix. The CLI prints `message` as one line and exits 1.
 * Anything else that escapes is an internal error (exit 2).
 */
export class InputError extends Error {
  override readonly name = 'InputError';

  constructor(
    /** what is wrong and how to fix it, one sentence */
    readonly detail: string,
    /** the file at fault, when there is one */
    readonly file?: string,
    /** 1-based line in `file` */
    readonly line?: number,
  ) {
    super(InputError.format(detail, file, line));
  }

  static format(detail: string, file?: string, line?: number): string {
    if (!file) return detail;
    return `${file}${line ? `:${line}` : ''}: ${detail}`;
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
