/**
 * ETags and If-Match (RFC 9110 §13.1.1). The ETag of an aggregate is its version, `"3"`. If-Match
 * compares strongly: `"3"` names version 3, `*` any version that exists, and a weak tag `W/"3"`
 * never matches (412). A list of several tags is refused (400): send the one ETag you read.
 */

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

/** If-Match that is neither `*` nor one entity tag: the client's mistake (400). */
export class MalformedIfMatchError extends Error {
  readonly statusCode = 400;

  constructor(header: string) {
    super(
      `If-Match ${JSON.stringify(header)} is not one entity tag — send the ETag you read, e.g. "3"`,
    );
    this.name = 'MalformedIfMatchError';
  }
}

/** A version no aggregate has: what a weak tag or one this service never sent stands for. */
export const NO_VERSION = -1;

const ENTITY_TAG = /^(W\/)?"([\x21\x23-\x7e]*)"$/u;

/**
 * The version If-Match names: undefined when the header is absent or `*` (any version), and
 * NO_VERSION for a weak tag or one this service could not have sent (the write then fails 412).
 */
export function ifMatchVersion(header: string | undefined): number | undefined {
  if (header === undefined || header.trim() === '*') return undefined;
  const tag = ENTITY_TAG.exec(header.trim());
  if (tag === null) throw new MalformedIfMatchError(header);
  const [, weak, value = ''] = tag;
  return weak === undefined && /^\d{1,15}$/u.test(value) ? Number(value) : NO_VERSION;
}

/**
 * Whether If-None-Match names the current ETag, so a GET can answer 304: a weak comparison, as
 * RFC 9110 asks for If-None-Match (`W/"3"` matches `"3"`), over a list of tags or `*`.
 */
export function notModified(header: string | undefined, version: number): boolean {
  if (header === undefined) return false;
  const current = etag(version);
  return header
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === '*' || tag.replace(/^W\//u, '') === current);
}

/** Like ifMatchVersion, for writes that must be conditional: a missing If-Match is 428. */
export function requiredIfMatchVersion(header: string | undefined): number | undefined {
  if (header === undefined) throw new PreconditionRequiredError();
  return ifMatchVersion(header);
}
