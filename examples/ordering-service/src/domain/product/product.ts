import { AggregateRoot } from '../shared/aggregate-root.js';
import { domainEvent } from '../shared/domain-event.js';
import { TransitionNotAllowed } from '../shared/errors.js';
import { calendarDate, text, url } from '../shared/guards.js';
import { Money, type MoneyPlain } from '../shared/money.js';
import type { ProductEvent } from './product.events.js';
import { ProductId } from './product-id.js';

/** What a Product holds, in domain types. */
export interface ProductProps {
  sku: string;
  name: string;
  listPrice: Money;
  active: boolean;
  attributes?: unknown;
  catalogueUrl?: string;
  discontinuedOn?: string;
}

/** What it takes to create a Product (plain values, validated here). */
export interface NewProduct {
  sku: string;
  name: string;
  listPrice: MoneyPlain;
  active?: boolean;
  attributes?: unknown;
  catalogueUrl?: string;
  discontinuedOn?: string;
}

/** A partial change; `null` clears an optional field. */
export interface ProductChanges {
  sku?: string;
  name?: string;
  listPrice?: MoneyPlain;
  active?: boolean;
  attributes?: unknown;
  catalogueUrl?: string | null;
  discontinuedOn?: string | null;
}

/** The state of a Product as plain data (event payloads). */
export interface ProductSnapshot {
  sku: string;
  name: string;
  listPrice: MoneyPlain;
  active: boolean;
  attributes?: unknown;
  catalogueUrl?: string;
  discontinuedOn?: string;
}

/** Something we sell, at a list price. */
export class Product extends AggregateRoot<ProductId, ProductEvent> {
  private constructor(
    id: ProductId,
    version: number,
    private props: ProductProps,
  ) {
    super(id, version);
  }

  /** A new Product; records ProductCreated. Throws InvariantViolation on an invalid value. */
  static create(input: NewProduct, id: ProductId = ProductId.generate()): Product {
    const product = new Product(id, 0, {
      sku: text('sku', input.sku, { pattern: new RegExp('^[A-Z0-9-]{3,32}$', 'u') }),
      name: text('name', input.name, { max: 200 }),
      listPrice: Money.from('listPrice', input.listPrice, { min: 0 }),
      active: input.active ?? true,
      attributes: input.attributes === undefined ? undefined : input.attributes,
      catalogueUrl:
        input.catalogueUrl === undefined ? undefined : url('catalogueUrl', input.catalogueUrl),
      discontinuedOn:
        input.discontinuedOn === undefined
          ? undefined
          : calendarDate('discontinuedOn', input.discontinuedOn),
    });
    product.record(domainEvent('ProductCreated', id, product.snapshot()));
    return product;
  }

  /** Rebuilds a stored Product (no event: nothing happened). */
  static restore(id: ProductId, version: number, props: ProductProps): Product {
    return new Product(id, version, props);
  }

  get sku(): string {
    return this.props.sku;
  }

  get name(): string {
    return this.props.name;
  }

  get listPrice(): Money {
    return this.props.listPrice;
  }

  get active(): boolean {
    return this.props.active;
  }

  get attributes(): unknown {
    return this.props.attributes;
  }

  get catalogueUrl(): string | undefined {
    return this.props.catalogueUrl;
  }

  get discontinuedOn(): string | undefined {
    return this.props.discontinuedOn;
  }

  /** Applies a change (all or nothing); records ProductUpdated. */
  update(changes: ProductChanges): void {
    const props: ProductProps = { ...this.props };
    if (changes.sku !== undefined)
      props.sku = text('sku', changes.sku, { pattern: new RegExp('^[A-Z0-9-]{3,32}$', 'u') });
    if (changes.name !== undefined) props.name = text('name', changes.name, { max: 200 });
    if (changes.listPrice !== undefined)
      props.listPrice = Money.from('listPrice', changes.listPrice, { min: 0 });
    if (changes.active !== undefined) props.active = changes.active;
    if (changes.attributes !== undefined)
      props.attributes = changes.attributes === null ? undefined : changes.attributes;
    if (changes.catalogueUrl !== undefined)
      props.catalogueUrl =
        changes.catalogueUrl === null ? undefined : url('catalogueUrl', changes.catalogueUrl);
    if (changes.discontinuedOn !== undefined)
      props.discontinuedOn =
        changes.discontinuedOn === null
          ? undefined
          : calendarDate('discontinuedOn', changes.discontinuedOn);
    this.props = props;
    this.record(domainEvent('ProductUpdated', this.id, changes));
  }

  /** The product is no longer sold; its catalogue page is gone. Needs active true; sets active to false, discontinuedOn to today and catalogueUrl cleared. Records ProductDiscontinued. */
  markDiscontinued(now: Date = new Date()): void {
    if (!this.props.active)
      throw new TransitionNotAllowed('ProductDiscontinued', 'active', this.props.active, [true]);
    this.props = {
      ...this.props,
      active: false,
      discontinuedOn: now.toISOString().slice(0, 10),
      catalogueUrl: undefined,
    };
    this.record(
      domainEvent('ProductDiscontinued', this.id, {
        active: false,
        discontinuedOn: now.toISOString().slice(0, 10),
        catalogueUrl: null,
      }),
    );
  }

  /** Marks the Product for deletion; records ProductDeleted. */
  delete(): void {
    this.record(domainEvent('ProductDeleted', this.id, {}));
  }

  snapshot(): ProductSnapshot {
    return {
      sku: this.props.sku,
      name: this.props.name,
      listPrice: this.props.listPrice.toPlain(),
      active: this.props.active,
      attributes: this.props.attributes,
      catalogueUrl: this.props.catalogueUrl,
      discontinuedOn: this.props.discontinuedOn,
    };
  }
}
