/**
 * The real consumer process (`runConsumer`) with two test reactions that each store a new
 * Customer per event through their unit of work. PROOF_HANG_AFTER=n: after committing its n-th event, the
 * second reaction hangs — the event is handled but not acked — until the test kills the process.
 */
import type { EventMessage } from '../../../src/application/message-bus.js';
import type { UnitOfWork } from '../../../src/application/unit-of-work.js';
import { CustomerMother } from '../mothers/customer.mother.js';
import { runConsumer } from '../../../src/interfaces/consumer/run-consumer.js';

const hangAfter = Number(process.env.PROOF_HANG_AFTER ?? '0');
let committed = 0;

async function recordA(_event: EventMessage, uow: UnitOfWork): Promise<void> {
  uow.repositories.customers.add(CustomerMother.create());
  await uow.commit();
}

async function recordB(_event: EventMessage, uow: UnitOfWork): Promise<void> {
  uow.repositories.customers.add(CustomerMother.create());
  await uow.commit();
  committed += 1;
  if (committed === hangAfter) await new Promise((resolve) => setTimeout(resolve, 600_000));
}

await runConsumer({ reactions: { ProofRequested: [recordA, recordB] } });
