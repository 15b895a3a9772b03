import type { Tag } from '../../../src/domain/tag/tag.js';
import type { TagId } from '../../../src/domain/tag/tag-id.js';
import type { TagRepository } from '../../../src/domain/tag/tag.repository.js';
import { FakeRepository } from './fake-repository.js';

export class FakeTagRepository extends FakeRepository<Tag, TagId> implements TagRepository {}
