import type { UnitOfWork } from '../../../src/application/unit-of-work.js';
import type { DomainEvent } from '../../../src/domain/shared/domain-event.js';
import { createFakeRepositories, type FakeRepositories } from './fake-repositories.js';

/** A unit of work over in-memory repositories; remembers whether it committed and what was published. */
export class FakeUnitOfWork implements UnitOfWork {
  committed = false;
  readonly events: DomainEvent[] = [];

  constructor(readonly repositories: FakeRepositories = createFakeRepositories()) {}

  commit(): Promise<void> {
    this.committed = true;
    const repositories = Object.values(this.repositories) as { commit(): DomainEvent[] }[];
    for (const repository of repositories) this.events.push(...repository.commit());
    return Promise.resolve();
  }
}
