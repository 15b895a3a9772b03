import { Tenant } from '../../domain/tenant/tenant.js';
import { TenantId } from '../../domain/tenant/tenant-id.js';
import { NotFoundError, PreconditionFailedError } from '../errors.js';
import type { CommandHandlerMap, EventHandlerMap } from '../message-bus.js';
import type { UnitOfWork } from '../unit-of-work.js';
import type { CreateTenant, DeleteTenant, UpdateTenant } from './commands.js';

async function load(
  uow: UnitOfWork,
  id: string,
  expectedVersion: number | undefined,
): Promise<Tenant> {
  const tenant = await uow.repositories.tenants.get(TenantId.from(id));
  if (tenant === undefined) throw new NotFoundError('Tenant', id);
  if (expectedVersion !== undefined && tenant.version !== expectedVersion)
    throw new PreconditionFailedError(expectedVersion, tenant.version);
  return tenant;
}

export async function createTenant(command: CreateTenant, uow: UnitOfWork): Promise<void> {
  uow.repositories.tenants.add(Tenant.create(command.input, TenantId.from(command.id)));
  await uow.commit();
}

export async function updateTenant(command: UpdateTenant, uow: UnitOfWork): Promise<void> {
  const tenant = await load(uow, command.id, command.expectedVersion);
  tenant.update(command.changes);
  await uow.commit();
}

export async function deleteTenant(command: DeleteTenant, uow: UnitOfWork): Promise<void> {
  const tenant = await load(uow, command.id, command.expectedVersion);
  tenant.delete();
  uow.repositories.tenants.remove(tenant);
  await uow.commit();
}

export const tenantCommandHandlers = {
  CreateTenant: createTenant,
  UpdateTenant: updateTenant,
  DeleteTenant: deleteTenant,
} satisfies CommandHandlerMap;

/** Reactions to Tenant events, by event type (e.g. `TenantCreated: [notifySubscribers]`). */
export const tenantEventHandlers: EventHandlerMap = {};
