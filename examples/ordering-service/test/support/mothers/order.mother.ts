import { Order, type NewOrder } from '../../../src/domain/order/order.js';
import { newId } from '../../../src/domain/shared/ids.js';
import type { AddressPlain } from '../../../src/domain/order/address.js';

const AddressSample: AddressPlain = {
  line1: `line1-${1}`,
  line2: `line2-${1}`,
  city: `city-${1}`,
  postalCode: `postal-code-${1}`,
  country: 'AB',
};

let sequence = 0;

/** Valid orders for tests; unique fields differ between calls. */
export const OrderMother = {
  input(overrides: Partial<NewOrder> = {}): NewOrder {
    sequence += 1;
    const n = sequence;
    return {
      number: `number-${n}`,
      customerId: newId(),
      status: 'pending',
      shippingAddress: AddressSample,
      total: { amount: '12.34', currency: 'EUR' },
      placedAt: '2024-05-17T10:00:00.000Z',
      requestedDeliveryOn: '2024-05-17',
      externalReference: '6b1f0a1e-4f52-4b8e-9a55-0d3c8f1b2a7c',
      note: `note-${n}`,
      orderLines: [
        {
          productId: newId(),
          quantity: 1,
          unitPrice: { amount: '12.34', currency: 'EUR' },
          discountPercent: '0',
        },
      ],
      ...overrides,
    };
  },

  create(overrides: Partial<NewOrder> = {}): Order {
    return Order.create(OrderMother.input(overrides));
  },
};
