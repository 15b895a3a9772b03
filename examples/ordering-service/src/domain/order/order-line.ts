import { decimal, integer } from '../shared/guards.js';
import { newId, type Brand } from '../shared/ids.js';
import { Money, type MoneyPlain } from '../shared/money.js';
import { ProductId } from '../product/product-id.js';

export type OrderLineId = Brand<string, 'OrderLineId'>;

export interface OrderLineProps {
  productId: ProductId;
  quantity: number;
  unitPrice: Money;
  discountPercent: string;
}

export interface NewOrderLine {
  productId: string;
  quantity: number;
  unitPrice: MoneyPlain;
  discountPercent?: string;
}

export interface OrderLinePlain {
  id: string;
  productId: string;
  quantity: number;
  unitPrice: MoneyPlain;
  discountPercent: string;
}

/** One product in an order, at the price it had when the order was placed. Part of Order: changed only through it. */
export class OrderLine {
  private constructor(
    readonly id: OrderLineId,
    private readonly props: OrderLineProps,
  ) {}

  static create(input: NewOrderLine): OrderLine {
    return new OrderLine(newId() as OrderLineId, {
      productId: ProductId.from(input.productId),
      quantity: integer('orderLine.quantity', input.quantity, { min: 1, max: 1000 }),
      unitPrice: Money.from('orderLine.unitPrice', input.unitPrice, { min: 0 }),
      discountPercent: decimal('orderLine.discountPercent', input.discountPercent ?? '0', {
        min: 0,
        max: 100,
      }),
    });
  }

  static restore(id: string, props: OrderLineProps): OrderLine {
    return new OrderLine(id as OrderLineId, props);
  }

  get productId(): ProductId {
    return this.props.productId;
  }

  get quantity(): number {
    return this.props.quantity;
  }

  get unitPrice(): Money {
    return this.props.unitPrice;
  }

  get discountPercent(): string {
    return this.props.discountPercent;
  }

  toPlain(): OrderLinePlain {
    return {
      id: this.id,
      productId: this.props.productId,
      quantity: this.props.quantity,
      unitPrice: this.props.unitPrice.toPlain(),
      discountPercent: this.props.discountPercent,
    };
  }
}
