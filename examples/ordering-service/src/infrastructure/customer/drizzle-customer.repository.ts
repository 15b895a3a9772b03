import { and, eq, sql } from 'drizzle-orm';
import type { Customer } from '../../domain/customer/customer.js';
import type { CustomerId } from '../../domain/customer/customer-id.js';
import type { CustomerRepository } from '../../domain/customer/customer.repository.js';
import type { Database, Orm } from '../db/client.js';
import { prepared } from '../db/prepared.js';
import { TrackingRepository } from '../db/tracking-repository.js';
import { toCustomer, toCustomerRow } from './customer.mapper.js';
import { customers } from './customer.table.js';

const statements = (orm: Orm) => ({
  byId: orm
    .select()
    .from(customers)
    .where(eq(customers.id, sql.placeholder('id')))
    .prepare(),
});

/** Customers in SQLite through Drizzle. Reads use prepared statements; writes wait for commit. */
export class DrizzleCustomerRepository
  extends TrackingRepository<Customer, CustomerId>
  implements CustomerRepository
{
  constructor(database: Database) {
    super(database, 'Customer');
  }

  protected load(id: CustomerId): Customer | undefined {
    const prepare = prepared(this.database.orm, statements);
    const row = prepare.byId.get({ id });
    return row === undefined ? undefined : toCustomer(row);
  }

  protected insert(customer: Customer): void {
    this.database.orm.insert(customers).values(toCustomerRow(customer)).run();
  }

  protected update(customer: Customer): number {
    const { changes } = this.database.orm
      .update(customers)
      .set(toCustomerRow(customer))
      .where(and(eq(customers.id, customer.id), eq(customers.version, customer.persistedVersion)))
      .run();
    return changes;
  }

  protected delete(customer: Customer): number {
    return this.database.orm
      .delete(customers)
      .where(and(eq(customers.id, customer.id), eq(customers.version, customer.persistedVersion)))
      .run().changes;
  }
}
