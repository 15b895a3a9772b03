export * from './outbox.table.js';
export * from '../customer/customer.table.js';
export * from '../product/product.table.js';
export * from '../order/order.table.js';
