/** A rule of the domain that a value breaks: the HTTP layer answers 422. */
export class InvariantViolation extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'InvariantViolation';
  }
}

/** No aggregate with this id: the HTTP layer answers 404. */
export class NotFound extends Error {
  constructor(
    readonly aggregate: string,
    readonly id: string,
  ) {
    super(`${aggregate} ${id} not found`);
    this.name = 'NotFound';
  }
}

/** The aggregate changed since the caller read it: the HTTP layer answers 412. */
export class VersionMismatch extends Error {
  constructor(
    readonly aggregate: string,
    readonly id: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super(`${aggregate} ${id} is at version ${actual}, not ${expected}`);
    this.name = 'VersionMismatch';
  }
}
