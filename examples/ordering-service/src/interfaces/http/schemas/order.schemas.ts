import { Type, type Static } from '@sinclair/typebox';
import { MoneySchema } from './shared.js';

export const AddressSchema = Type.Object(
  {
    line1: Type.String({ maxLength: 200 }),
    line2: Type.Optional(Type.String({ maxLength: 200 })),
    city: Type.String({ maxLength: 100 }),
    postalCode: Type.String({ maxLength: 20 }),
    country: Type.String({ maxLength: 2, pattern: '^[A-Z]{2}$' }),
  },
  { additionalProperties: false },
);

const OrderLineInput = Type.Object(
  {
    productId: Type.String({ format: 'uuid' }),
    quantity: Type.Integer({ minimum: 1, maximum: 1000 }),
    unitPrice: MoneySchema,
    discountPercent: Type.Optional(Type.String({ pattern: '^-?\\d+(\\.\\d+)?$', default: '0' })),
  },
  { additionalProperties: false },
);

const OrderLineSchema = Type.Object({
  id: Type.String(),
  productId: Type.String({ format: 'uuid' }),
  quantity: Type.Integer({ minimum: 1, maximum: 1000 }),
  unitPrice: MoneySchema,
  discountPercent: Type.String({ pattern: '^-?\\d+(\\.\\d+)?$' }),
});

export const OrderSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    version: Type.Integer({ description: 'also sent as the ETag' }),
    number: Type.String({ maxLength: 20 }),
    customerId: Type.String({ format: 'uuid' }),
    status: Type.Union([
      Type.Literal('pending'),
      Type.Literal('placed'),
      Type.Literal('shipped'),
      Type.Literal('cancelled'),
    ]),
    shippingAddress: AddressSchema,
    total: MoneySchema,
    placedAt: Type.Optional(Type.String({ format: 'date-time' })),
    requestedDeliveryOn: Type.Optional(Type.String({ format: 'date' })),
    externalReference: Type.Optional(Type.String({ format: 'uuid' })),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    orderLines: Type.Array(OrderLineSchema),
  },
  { title: 'Order' },
);

export const CreateOrderBody = Type.Object(
  {
    number: Type.String({ maxLength: 20 }),
    customerId: Type.String({ format: 'uuid' }),
    status: Type.Optional(
      Type.Union(
        [
          Type.Literal('pending'),
          Type.Literal('placed'),
          Type.Literal('shipped'),
          Type.Literal('cancelled'),
        ],
        { default: 'pending' },
      ),
    ),
    shippingAddress: AddressSchema,
    total: MoneySchema,
    placedAt: Type.Optional(Type.String({ format: 'date-time' })),
    requestedDeliveryOn: Type.Optional(Type.String({ format: 'date' })),
    externalReference: Type.Optional(Type.String({ format: 'uuid' })),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    orderLines: Type.Optional(Type.Array(OrderLineInput)),
  },
  { additionalProperties: false },
);
export type CreateOrderBody = Static<typeof CreateOrderBody>;

export const UpdateOrderBody = Type.Object(
  {
    number: Type.Optional(Type.String({ maxLength: 20 })),
    customerId: Type.Optional(Type.String({ format: 'uuid' })),
    status: Type.Optional(
      Type.Union([
        Type.Literal('pending'),
        Type.Literal('placed'),
        Type.Literal('shipped'),
        Type.Literal('cancelled'),
      ]),
    ),
    shippingAddress: Type.Optional(AddressSchema),
    total: Type.Optional(MoneySchema),
    placedAt: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
    requestedDeliveryOn: Type.Optional(Type.Union([Type.String({ format: 'date' }), Type.Null()])),
    externalReference: Type.Optional(Type.Union([Type.String({ format: 'uuid' }), Type.Null()])),
    note: Type.Optional(Type.Union([Type.String({ maxLength: 2000 }), Type.Null()])),
    orderLines: Type.Optional(Type.Array(OrderLineInput)),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateOrderBody = Static<typeof UpdateOrderBody>;

export const OrderListQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
    cursor: Type.Optional(Type.String({ description: 'next_cursor of the previous page' })),
    sort: Type.Union(
      [Type.Literal('id'), Type.Literal('-id'), Type.Literal('number'), Type.Literal('-number')],
      { default: 'id' },
    ),
    number: Type.Optional(Type.String({ maxLength: 20 })),
    customerId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);
export type OrderListQuery = Static<typeof OrderListQuery>;

export const OrderPage = Type.Object({
  items: Type.Array(OrderSchema),
  next_cursor: Type.Optional(Type.String()),
});
