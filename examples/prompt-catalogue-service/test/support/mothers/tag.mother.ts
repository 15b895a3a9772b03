import { Tag, type NewTag } from '../../../src/domain/tag/tag.js';
import { newId } from '../../../src/domain/shared/ids.js';

let sequence = 0;

/** Valid tags for tests; unique fields differ between calls. */
export const TagMother = {
  input(overrides: Partial<NewTag> = {}): NewTag {
    sequence += 1;
    const n = sequence;
    return {
      tenantId: newId(),
      label: `label-${n}`,
      colour: '#888888',
      ...overrides,
    };
  },

  create(overrides: Partial<NewTag> = {}): Tag {
    return Tag.create(TagMother.input(overrides));
  },
};
