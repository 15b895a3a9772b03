import { AggregateRoot } from '../shared/aggregate-root.js';
import { domainEvent } from '../shared/domain-event.js';
import { calendarDate, email, text } from '../shared/guards.js';
import type { CustomerEvent } from './customer.events.js';
import { CustomerId } from './customer-id.js';

/** What a Customer holds, in domain types. */
export interface CustomerProps {
  name: string;
  email: string;
  phone?: string;
  marketingOptIn: boolean;
  birthDate?: string;
}

/** What it takes to create a Customer (plain values, validated here). */
export interface NewCustomer {
  name: string;
  email: string;
  phone?: string;
  marketingOptIn?: boolean;
  birthDate?: string;
}

/** A partial change; `null` clears an optional field. */
export interface CustomerChanges {
  name?: string;
  email?: string;
  phone?: string | null;
  marketingOptIn?: boolean;
  birthDate?: string | null;
}

/** The state of a Customer as plain data (event payloads). */
export interface CustomerSnapshot {
  name: string;
  email: string;
  phone?: string;
  marketingOptIn: boolean;
  birthDate?: string;
}

/** Someone who buys; identified by their email address. */
export class Customer extends AggregateRoot<CustomerId, CustomerEvent> {
  private constructor(
    id: CustomerId,
    version: number,
    private props: CustomerProps,
  ) {
    super(id, version);
  }

  /** A new Customer; records CustomerCreated. Throws InvariantViolation on an invalid value. */
  static create(input: NewCustomer, id: CustomerId = CustomerId.generate()): Customer {
    const customer = new Customer(id, 0, {
      name: text('name', input.name, { min: 1, max: 120 }),
      email: email('email', input.email),
      phone:
        input.phone === undefined
          ? undefined
          : text('phone', input.phone, { pattern: new RegExp('^\\+?[0-9 ()-]{6,20}$', 'u') }),
      marketingOptIn: input.marketingOptIn ?? false,
      birthDate:
        input.birthDate === undefined ? undefined : calendarDate('birthDate', input.birthDate),
    });
    customer.record(domainEvent('CustomerCreated', id, customer.snapshot()));
    return customer;
  }

  /** Rebuilds a stored Customer (no event: nothing happened). */
  static restore(id: CustomerId, version: number, props: CustomerProps): Customer {
    return new Customer(id, version, props);
  }

  get name(): string {
    return this.props.name;
  }

  get email(): string {
    return this.props.email;
  }

  get phone(): string | undefined {
    return this.props.phone;
  }

  get marketingOptIn(): boolean {
    return this.props.marketingOptIn;
  }

  get birthDate(): string | undefined {
    return this.props.birthDate;
  }

  /** Applies a change (all or nothing); records CustomerUpdated. */
  update(changes: CustomerChanges): void {
    const props: CustomerProps = { ...this.props };
    if (changes.name !== undefined) props.name = text('name', changes.name, { min: 1, max: 120 });
    if (changes.email !== undefined) props.email = email('email', changes.email);
    if (changes.phone !== undefined)
      props.phone =
        changes.phone === null
          ? undefined
          : text('phone', changes.phone, { pattern: new RegExp('^\\+?[0-9 ()-]{6,20}$', 'u') });
    if (changes.marketingOptIn !== undefined) props.marketingOptIn = changes.marketingOptIn;
    if (changes.birthDate !== undefined)
      props.birthDate =
        changes.birthDate === null ? undefined : calendarDate('birthDate', changes.birthDate);
    this.props = props;
    this.record(domainEvent('CustomerUpdated', this.id, changes));
  }

  /** Records CustomerRegistered. */
  markRegistered(): void {
    this.record(domainEvent('CustomerRegistered', this.id, {}));
  }

  /** Marks the Customer for deletion; records CustomerDeleted. */
  delete(): void {
    this.record(domainEvent('CustomerDeleted', this.id, {}));
  }

  snapshot(): CustomerSnapshot {
    return {
      name: this.props.name,
      email: this.props.email,
      phone: this.props.phone,
      marketingOptIn: this.props.marketingOptIn,
      birthDate: this.props.birthDate,
    };
  }
}
