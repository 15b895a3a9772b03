/** Failures of a use case that are not broken domain rules. The HTTP layer maps each to a status. */
export class NotFoundError extends Error {
  constructor(
    readonly resource: string,
    readonly id: string,
  ) {
    super(`${resource} ${id} does not exist`);
    this.name = 'NotFoundError';
  }
}

/** The caller's copy is stale: it saw another version than the stored one (If-Match). */
export class PreconditionFailedError extends Error {
  constructor(expected: number, actual: number) {
    super(
      expected < 0
        ? `the precondition names no version this service sent (a weak tag never matches); the current version is ${actual}`
        : `expected version ${expected} but the current version is ${actual}`,
    );
    this.name = 'PreconditionFailedError';
  }
}

/** Another writer saved the aggregate between our read and our commit. */
export class ConcurrencyError extends Error {
  constructor(resource: string, id: string) {
    super(`${resource} ${id} was changed by someone else; reload and retry`);
    this.name = 'ConcurrencyError';
  }
}

/** A uniqueness rule would be broken. */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

export class InvalidCursorError extends Error {
  constructor() {
    super('cursor is not one this service returned for this sort order');
    this.name = 'InvalidCursorError';
  }
}
