import { Prompt } from '../../domain/prompt/prompt.js';
import { PromptId } from '../../domain/prompt/prompt-id.js';
import { NotFoundError, PreconditionFailedError } from '../errors.js';
import type { CommandHandlerMap, EventHandlerMap } from '../message-bus.js';
import type { UnitOfWork } from '../unit-of-work.js';
import type {
  CreatePrompt,
  DeletePrompt,
  MarkPromptArchived,
  MarkPromptPublished,
  UpdatePrompt,
} from './commands.js';

async function load(
  uow: UnitOfWork,
  id: string,
  expectedVersion: number | undefined,
): Promise<Prompt> {
  const prompt = await uow.repositories.prompts.get(PromptId.from(id));
  if (prompt === undefined) throw new NotFoundError('Prompt', id);
  if (expectedVersion !== undefined && prompt.version !== expectedVersion)
    throw new PreconditionFailedError(expectedVersion, prompt.version);
  return prompt;
}

export async function createPrompt(command: CreatePrompt, uow: UnitOfWork): Promise<void> {
  uow.repositories.prompts.add(Prompt.create(command.input, PromptId.from(command.id)));
  await uow.commit();
}

export async function updatePrompt(command: UpdatePrompt, uow: UnitOfWork): Promise<void> {
  const prompt = await load(uow, command.id, command.expectedVersion);
  prompt.update(command.changes);
  await uow.commit();
}

export async function deletePrompt(command: DeletePrompt, uow: UnitOfWork): Promise<void> {
  const prompt = await load(uow, command.id, command.expectedVersion);
  prompt.delete();
  uow.repositories.prompts.remove(prompt);
  await uow.commit();
}

export async function markPromptPublished(
  command: MarkPromptPublished,
  uow: UnitOfWork,
): Promise<void> {
  const prompt = await load(uow, command.id, command.expectedVersion);
  prompt.markPublished();
  await uow.commit();
}

export async function markPromptArchived(
  command: MarkPromptArchived,
  uow: UnitOfWork,
): Promise<void> {
  const prompt = await load(uow, command.id, command.expectedVersion);
  prompt.markArchived();
  await uow.commit();
}

export const promptCommandHandlers = {
  CreatePrompt: createPrompt,
  UpdatePrompt: updatePrompt,
  DeletePrompt: deletePrompt,
  MarkPromptPublished: markPromptPublished,
  MarkPromptArchived: markPromptArchived,
} satisfies CommandHandlerMap;

/** Reactions to Prompt events, by event type (e.g. `PromptCreated: [notifySubscribers]`). */
export const promptEventHandlers: EventHandlerMap = {};
