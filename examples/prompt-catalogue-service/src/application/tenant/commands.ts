import type { Command } from '../message-bus.js';
import type { NewTenant, TenantChanges } from '../../domain/tenant/tenant.js';

export interface CreateTenant extends Command {
  readonly type: 'CreateTenant';
  /** chosen by the caller, so it can read the result without a return value */
  readonly id: string;
  readonly input: NewTenant;
}

export interface UpdateTenant extends Command {
  readonly type: 'UpdateTenant';
  readonly id: string;
  /** the version the caller saw (If-Match); undefined for any version (If-Match: *) */
  readonly expectedVersion: number | undefined;
  readonly changes: TenantChanges;
}

export interface DeleteTenant extends Command {
  readonly type: 'DeleteTenant';
  readonly id: string;
  readonly expectedVersion?: number | undefined;
}
