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

/** The aggregate is not in a state the event allows (an event's `when:` in the domain file). */
export class TransitionNotAllowed extends DomainError {
  constructor(
    readonly event: string,
    readonly field: string,
    actual: string | boolean | undefined,
    allowed: readonly (string | boolean)[],
  ) {
    super(
      'TRANSITION_NOT_ALLOWED',
      `${event} needs ${field} to be ${allowed.join(' or ')}, but it is ${actual === undefined ? 'unset' : String(actual)}`,
    );
  }
}
