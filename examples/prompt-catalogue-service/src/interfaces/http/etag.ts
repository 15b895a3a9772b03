import { PreconditionFailedError } from '../../application/errors.js';

/** The ETag of an aggregate is its version: `"3"`. */
export function etag(version: number): string {
  return `"${version}"`;
}

export class PreconditionRequiredError extends Error {
  constructor() {
    super('send If-Match with the ETag of the version you are changing');
    this.name = 'PreconditionRequiredError';
  }
}

/** The version named by `If-Match` (`"3"` or `W/"3"`), or undefined when absent. */
export function ifMatchVersion(header: string | undefined): number | undefined {
  if (header === undefined) return undefined;
  const version = Number(/^(?:W\/)?"?(\d+)"?$/u.exec(header.trim())?.[1]);
  if (!Number.isSafeInteger(version)) throw new PreconditionFailedError(-1, 0);
  return version;
}

export function requiredIfMatchVersion(header: string | undefined): number {
  const version = ifMatchVersion(header);
  if (version === undefined) throw new PreconditionRequiredError();
  return version;
}
