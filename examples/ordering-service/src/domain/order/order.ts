import { AggregateRoot } from '../shared/aggregate-root.js';
import { domainEvent } from '../shared/domain-event.js';
import { TransitionNotAllowed } from '../shared/errors.js';
import { calendarDate, dateTime, oneOf, text, uuid } from '../shared/guards.js';
import { Money, type MoneyPlain } from '../shared/money.js';
import { CustomerId } from '../customer/customer-id.js';
import { OrderLine, type NewOrderLine, type OrderLinePlain } from './order-line.js';
import { Address, type AddressPlain } from './address.js';
import type { OrderEvent } from './order.events.js';
import { OrderId } from './order-id.js';

/** What an Order holds, in domain types. */
export interface OrderProps {
  number: string;
  customerId: CustomerId;
  status: 'pending' | 'placed' | 'shipped' | 'cancelled';
  shippingAddress: Address;
  total: Money;
  placedAt?: Date;
  requestedDeliveryOn?: string;
  externalReference?: string;
  note?: string;
}

/** What it takes to create an Order (plain values, validated here). */
export interface NewOrder {
  number: string;
  customerId: string;
  status?: 'pending' | 'placed' | 'shipped' | 'cancelled';
  shippingAddress: AddressPlain;
  total: MoneyPlain;
  placedAt?: string;
  requestedDeliveryOn?: string;
  externalReference?: string;
  note?: string;
  orderLines?: NewOrderLine[];
}

/** A partial change; `null` clears an optional field. */
export interface OrderChanges {
  number?: string;
  customerId?: string;
  status?: 'pending' | 'placed' | 'shipped' | 'cancelled';
  shippingAddress?: AddressPlain;
  total?: MoneyPlain;
  placedAt?: string | null;
  requestedDeliveryOn?: string | null;
  externalReference?: string | null;
  note?: string | null;
  orderLines?: NewOrderLine[];
}

/** The state of an Order as plain data (event payloads). */
export interface OrderSnapshot {
  number: string;
  customerId: string;
  status: 'pending' | 'placed' | 'shipped' | 'cancelled';
  shippingAddress: AddressPlain;
  total: MoneyPlain;
  placedAt?: string;
  requestedDeliveryOn?: string;
  externalReference?: string;
  note?: string;
  orderLines: OrderLinePlain[];
}

/** A customer's request for products, priced when it is placed. */
export class Order extends AggregateRoot<OrderId, OrderEvent> {
  private constructor(
    id: OrderId,
    version: number,
    private props: OrderProps,
    private orderLinesList: OrderLine[],
  ) {
    super(id, version);
  }

  /** A new Order; records OrderCreated. Throws InvariantViolation on an invalid value. */
  static create(input: NewOrder, id: OrderId = OrderId.generate()): Order {
    const order = new Order(
      id,
      0,
      {
        number: text('number', input.number, { max: 20 }),
        customerId: CustomerId.from(input.customerId),
        status: oneOf('status', input.status ?? 'pending', [
          'pending',
          'placed',
          'shipped',
          'cancelled',
        ] as const),
        shippingAddress: Address.from(input.shippingAddress),
        total: Money.from('total', input.total, { min: 0 }),
        placedAt: input.placedAt === undefined ? undefined : dateTime('placedAt', input.placedAt),
        requestedDeliveryOn:
          input.requestedDeliveryOn === undefined
            ? undefined
            : calendarDate('requestedDeliveryOn', input.requestedDeliveryOn),
        externalReference:
          input.externalReference === undefined
            ? undefined
            : uuid('externalReference', input.externalReference),
        note: input.note === undefined ? undefined : text('note', input.note, { max: 2000 }),
      },
      (input.orderLines ?? []).map((item) => OrderLine.create(item)),
    );
    order.record(domainEvent('OrderCreated', id, order.snapshot()));
    return order;
  }

  /** Rebuilds a stored Order (no event: nothing happened). */
  static restore(id: OrderId, version: number, props: OrderProps, orderLines: OrderLine[]): Order {
    return new Order(id, version, props, orderLines);
  }

  get number(): string {
    return this.props.number;
  }

  get customerId(): CustomerId {
    return this.props.customerId;
  }

  get status(): 'pending' | 'placed' | 'shipped' | 'cancelled' {
    return this.props.status;
  }

  get shippingAddress(): Address {
    return this.props.shippingAddress;
  }

  get total(): Money {
    return this.props.total;
  }

  get placedAt(): Date | undefined {
    return this.props.placedAt;
  }

  get requestedDeliveryOn(): string | undefined {
    return this.props.requestedDeliveryOn;
  }

  get externalReference(): string | undefined {
    return this.props.externalReference;
  }

  get note(): string | undefined {
    return this.props.note;
  }

  get orderLines(): readonly OrderLine[] {
    return this.orderLinesList;
  }

  /** Applies a change (all or nothing); records OrderUpdated. */
  update(changes: OrderChanges): void {
    const props: OrderProps = { ...this.props };
    if (changes.number !== undefined) props.number = text('number', changes.number, { max: 20 });
    if (changes.customerId !== undefined) props.customerId = CustomerId.from(changes.customerId);
    if (changes.status !== undefined)
      props.status = oneOf('status', changes.status, [
        'pending',
        'placed',
        'shipped',
        'cancelled',
      ] as const);
    if (changes.shippingAddress !== undefined)
      props.shippingAddress = Address.from(changes.shippingAddress);
    if (changes.total !== undefined) props.total = Money.from('total', changes.total, { min: 0 });
    if (changes.placedAt !== undefined)
      props.placedAt =
        changes.placedAt === null ? undefined : dateTime('placedAt', changes.placedAt);
    if (changes.requestedDeliveryOn !== undefined)
      props.requestedDeliveryOn =
        changes.requestedDeliveryOn === null
          ? undefined
          : calendarDate('requestedDeliveryOn', changes.requestedDeliveryOn);
    if (changes.externalReference !== undefined)
      props.externalReference =
        changes.externalReference === null
          ? undefined
          : uuid('externalReference', changes.externalReference);
    if (changes.note !== undefined)
      props.note = changes.note === null ? undefined : text('note', changes.note, { max: 2000 });
    const orderLines = changes.orderLines?.map((item) => OrderLine.create(item));
    this.props = props;
    if (orderLines !== undefined) this.orderLinesList = orderLines;
    this.record(domainEvent('OrderUpdated', this.id, changes));
  }

  /** The customer confirmed the order; its total is now fixed. Needs status pending; sets status to placed and placedAt to now. Records OrderPlaced. */
  markPlaced(now: Date = new Date()): void {
    if (this.props.status !== 'pending')
      throw new TransitionNotAllowed('OrderPlaced', 'status', this.props.status, ['pending']);
    this.props = { ...this.props, status: 'placed', placedAt: now };
    this.record(
      domainEvent('OrderPlaced', this.id, { status: 'placed', placedAt: now.toISOString() }),
    );
  }

  /** The order left the warehouse. Needs status placed; sets status to shipped. Records OrderShipped. */
  markShipped(): void {
    if (this.props.status !== 'placed')
      throw new TransitionNotAllowed('OrderShipped', 'status', this.props.status, ['placed']);
    this.props = { ...this.props, status: 'shipped' };
    this.record(domainEvent('OrderShipped', this.id, { status: 'shipped' }));
  }

  /** The customer withdrew the order before it shipped. Needs status pending or placed; sets status to cancelled. Records OrderCancelled. */
  markCancelled(): void {
    if (this.props.status !== 'pending' && this.props.status !== 'placed')
      throw new TransitionNotAllowed('OrderCancelled', 'status', this.props.status, [
        'pending',
        'placed',
      ]);
    this.props = { ...this.props, status: 'cancelled' };
    this.record(domainEvent('OrderCancelled', this.id, { status: 'cancelled' }));
  }

  /** Marks the Order for deletion; records OrderDeleted. */
  delete(): void {
    this.record(domainEvent('OrderDeleted', this.id, {}));
  }

  snapshot(): OrderSnapshot {
    return {
      number: this.props.number,
      customerId: this.props.customerId,
      status: this.props.status,
      shippingAddress: this.props.shippingAddress.toPlain(),
      total: this.props.total.toPlain(),
      placedAt: this.props.placedAt === undefined ? undefined : this.props.placedAt.toISOString(),
      requestedDeliveryOn: this.props.requestedDeliveryOn,
      externalReference: this.props.externalReference,
      note: this.props.note,
      orderLines: this.orderLinesList.map((item) => item.toPlain()),
    };
  }
}
