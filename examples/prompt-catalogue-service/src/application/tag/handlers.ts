import { Tag } from '../../domain/tag/tag.js';
import { TagId } from '../../domain/tag/tag-id.js';
import { NotFoundError, PreconditionFailedError } from '../errors.js';
import type { CommandHandlerMap, EventHandlerMap } from '../message-bus.js';
import type { UnitOfWork } from '../unit-of-work.js';
import type { CreateTag, DeleteTag, UpdateTag } from './commands.js';

async function load(
  uow: UnitOfWork,
  id: string,
  expectedVersion: number | undefined,
): Promise<Tag> {
  const tag = await uow.repositories.tags.get(TagId.from(id));
  if (tag === undefined) throw new NotFoundError('Tag', id);
  if (expectedVersion !== undefined && tag.version !== expectedVersion)
    throw new PreconditionFailedError(expectedVersion, tag.version);
  return tag;
}

export async function createTag(command: CreateTag, uow: UnitOfWork): Promise<void> {
  uow.repositories.tags.add(Tag.create(command.input, TagId.from(command.id)));
  await uow.commit();
}

export async function updateTag(command: UpdateTag, uow: UnitOfWork): Promise<void> {
  const tag = await load(uow, command.id, command.expectedVersion);
  tag.update(command.changes);
  await uow.commit();
}

export async function deleteTag(command: DeleteTag, uow: UnitOfWork): Promise<void> {
  const tag = await load(uow, command.id, command.expectedVersion);
  tag.delete();
  uow.repositories.tags.remove(tag);
  await uow.commit();
}

export const tagCommandHandlers = {
  CreateTag: createTag,
  UpdateTag: updateTag,
  DeleteTag: deleteTag,
} satisfies CommandHandlerMap;

/** Reactions to Tag events, by event type (e.g. `TagCreated: [notifySubscribers]`). */
export const tagEventHandlers: EventHandlerMap = {};
