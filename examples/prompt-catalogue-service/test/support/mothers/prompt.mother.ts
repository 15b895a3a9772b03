import { Prompt, type NewPrompt } from '../../../src/domain/prompt/prompt.js';
import { newId } from '../../../src/domain/shared/ids.js';
import type { ModelSettingsPlain } from '../../../src/domain/prompt/model-settings.js';

const ModelSettingsSample: ModelSettingsPlain = {
  model: `model-${1}`,
  temperature: '0.7',
  maxTokens: 1024,
  streaming: true,
};

let sequence = 0;

/** Valid prompts for tests; unique fields differ between calls. */
export const PromptMother = {
  input(overrides: Partial<NewPrompt> = {}): NewPrompt {
    sequence += 1;
    const n = sequence;
    return {
      tenantId: newId(),
      title: `title-${n}`,
      slug: `slug-${n}`,
      summary: `summary-${n}`,
      status: 'draft',
      settings: ModelSettingsSample,
      publishedAt: '2024-05-17T10:00:00.000Z',
      reviewOn: '2024-05-17',
      metadata: { tags: ['a', 'b'] },
      externalId: '6b1f0a1e-4f52-4b8e-9a55-0d3c8f1b2a7c',
      promptVersions: [
        {
          number: 1,
          body: `body-${sequence}`,
          changeNote: `change-note-${sequence}`,
        },
      ],
      promptTags: [
        {
          tagId: newId(),
        },
      ],
      ...overrides,
    };
  },

  create(overrides: Partial<NewPrompt> = {}): Prompt {
    return Prompt.create(PromptMother.input(overrides));
  },
};
