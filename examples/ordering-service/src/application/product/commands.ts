import type { Command } from '../message-bus.js';
import type { NewProduct, ProductChanges } from '../../domain/product/product.js';

export interface CreateProduct extends Command {
  readonly type: 'CreateProduct';
  /** chosen by the caller, so it can read the result without a return value */
  readonly id: string;
  readonly input: NewProduct;
}

export interface UpdateProduct extends Command {
  readonly type: 'UpdateProduct';
  readonly id: string;
  /** the version the caller saw (If-Match); undefined for any version (If-Match: *) */
  readonly expectedVersion: number | undefined;
  readonly changes: ProductChanges;
}

export interface DeleteProduct extends Command {
  readonly type: 'DeleteProduct';
  readonly id: string;
  readonly expectedVersion?: number | undefined;
}

/** Asks for ProductDiscontinued: Needs active true; sets active to false, discontinuedOn to today and catalogueUrl cleared. */
export interface MarkProductDiscontinued extends Command {
  readonly type: 'MarkProductDiscontinued';
  readonly id: string;
  /** the version the caller saw (If-Match); undefined for any version (If-Match: *) */
  readonly expectedVersion: number | undefined;
}
