/** A rule of the domain was broken. `code` is stable, for clients and logs. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** A value does not satisfy an invariant of the model. */
export class InvariantViolation extends DomainError {
  constructor(
    readonly field: string,
    rule: string,
  ) {
    super('INVARIANT_VIOLATION', `${field} ${rule}`);
  }
}
