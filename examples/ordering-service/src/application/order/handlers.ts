import { Order } from '../../domain/order/order.js';
import { OrderId } from '../../domain/order/order-id.js';
import { NotFoundError, PreconditionFailedError } from '../errors.js';
import type { CommandHandlerMap, EventHandlerMap } from '../message-bus.js';
import type { UnitOfWork } from '../unit-of-work.js';
import type {
  CreateOrder,
  DeleteOrder,
  MarkOrderCancelled,
  MarkOrderPlaced,
  MarkOrderShipped,
  UpdateOrder,
} from './commands.js';

async function load(
  uow: UnitOfWork,
  id: string,
  expectedVersion: number | undefined,
): Promise<Order> {
  const order = await uow.repositories.orders.get(OrderId.from(id));
  if (order === undefined) throw new NotFoundError('Order', id);
  if (expectedVersion !== undefined && order.version !== expectedVersion)
    throw new PreconditionFailedError(expectedVersion, order.version);
  return order;
}

export async function createOrder(command: CreateOrder, uow: UnitOfWork): Promise<void> {
  uow.repositories.orders.add(Order.create(command.input, OrderId.from(command.id)));
  await uow.commit();
}

export async function updateOrder(command: UpdateOrder, uow: UnitOfWork): Promise<void> {
  const order = await load(uow, command.id, command.expectedVersion);
  order.update(command.changes);
  await uow.commit();
}

export async function deleteOrder(command: DeleteOrder, uow: UnitOfWork): Promise<void> {
  const order = await load(uow, command.id, command.expectedVersion);
  order.delete();
  uow.repositories.orders.remove(order);
  await uow.commit();
}

export async function markOrderPlaced(command: MarkOrderPlaced, uow: UnitOfWork): Promise<void> {
  const order = await load(uow, command.id, command.expectedVersion);
  order.markPlaced();
  await uow.commit();
}

export async function markOrderShipped(command: MarkOrderShipped, uow: UnitOfWork): Promise<void> {
  const order = await load(uow, command.id, command.expectedVersion);
  order.markShipped();
  await uow.commit();
}

export async function markOrderCancelled(
  command: MarkOrderCancelled,
  uow: UnitOfWork,
): Promise<void> {
  const order = await load(uow, command.id, command.expectedVersion);
  order.markCancelled();
  await uow.commit();
}

export const orderCommandHandlers = {
  CreateOrder: createOrder,
  UpdateOrder: updateOrder,
  DeleteOrder: deleteOrder,
  MarkOrderPlaced: markOrderPlaced,
  MarkOrderShipped: markOrderShipped,
  MarkOrderCancelled: markOrderCancelled,
} satisfies CommandHandlerMap;

/** Reactions to Order events, by event type (e.g. `OrderCreated: [notifySubscribers]`). */
export const orderEventHandlers: EventHandlerMap = {};
