import { Product } from '../../domain/product/product.js';
import { ProductId } from '../../domain/product/product-id.js';
import { NotFoundError, PreconditionFailedError } from '../errors.js';
import type { CommandHandlerMap, EventHandlerMap } from '../message-bus.js';
import type { UnitOfWork } from '../unit-of-work.js';
import type {
  CreateProduct,
  DeleteProduct,
  MarkProductDiscontinued,
  UpdateProduct,
} from './commands.js';

async function load(
  uow: UnitOfWork,
  id: string,
  expectedVersion: number | undefined,
): Promise<Product> {
  const product = await uow.repositories.products.get(ProductId.from(id));
  if (product === undefined) throw new NotFoundError('Product', id);
  if (expectedVersion !== undefined && product.version !== expectedVersion)
    throw new PreconditionFailedError(expectedVersion, product.version);
  return product;
}

export async function createProduct(command: CreateProduct, uow: UnitOfWork): Promise<void> {
  uow.repositories.products.add(Product.create(command.input, ProductId.from(command.id)));
  await uow.commit();
}

export async function updateProduct(command: UpdateProduct, uow: UnitOfWork): Promise<void> {
  const product = await load(uow, command.id, command.expectedVersion);
  product.update(command.changes);
  await uow.commit();
}

export async function deleteProduct(command: DeleteProduct, uow: UnitOfWork): Promise<void> {
  const product = await load(uow, command.id, command.expectedVersion);
  product.delete();
  uow.repositories.products.remove(product);
  await uow.commit();
}

export async function markProductDiscontinued(
  command: MarkProductDiscontinued,
  uow: UnitOfWork,
): Promise<void> {
  const product = await load(uow, command.id, command.expectedVersion);
  product.markDiscontinued();
  await uow.commit();
}

export const productCommandHandlers = {
  CreateProduct: createProduct,
  UpdateProduct: updateProduct,
  DeleteProduct: deleteProduct,
  MarkProductDiscontinued: markProductDiscontinued,
} satisfies CommandHandlerMap;

/** Reactions to Product events, by event type (e.g. `ProductCreated: [notifySubscribers]`). */
export const productEventHandlers: EventHandlerMap = {};
