import { AggregateRoot } from '../shared/aggregate-root.js';
import { domainEvent } from '../shared/domain-event.js';
import { TransitionNotAllowed } from '../shared/errors.js';
import { calendarDate, dateTime, oneOf, text, uuid } from '../shared/guards.js';
import { TenantId } from '../tenant/tenant-id.js';
import { PromptVersion, type NewPromptVersion, type PromptVersionPlain } from './prompt-version.js';
import { PromptTag, type NewPromptTag, type PromptTagPlain } from './prompt-tag.js';
import { ModelSettings, type ModelSettingsPlain } from './model-settings.js';
import type { PromptEvent } from './prompt.events.js';
import { PromptId } from './prompt-id.js';

/** What a Prompt holds, in domain types. */
export interface PromptProps {
  tenantId: TenantId;
  title: string;
  slug: string;
  summary?: string;
  status: 'draft' | 'published' | 'archived';
  settings: ModelSettings;
  publishedAt?: Date;
  reviewOn?: string;
  metadata?: unknown;
  externalId?: string;
}

/** What it takes to create a Prompt (plain values, validated here). */
export interface NewPrompt {
  tenantId: string;
  title: string;
  slug: string;
  summary?: string;
  status?: 'draft' | 'published' | 'archived';
  settings: ModelSettingsPlain;
  publishedAt?: string;
  reviewOn?: string;
  metadata?: unknown;
  externalId?: string;
  promptVersions?: NewPromptVersion[];
  promptTags?: NewPromptTag[];
}

/** A partial change; `null` clears an optional field. */
export interface PromptChanges {
  tenantId?: string;
  title?: string;
  slug?: string;
  summary?: string | null;
  status?: 'draft' | 'published' | 'archived';
  settings?: ModelSettingsPlain;
  publishedAt?: string | null;
  reviewOn?: string | null;
  metadata?: unknown;
  externalId?: string | null;
  promptVersions?: NewPromptVersion[];
  promptTags?: NewPromptTag[];
}

/** The state of a Prompt as plain data (event payloads). */
export interface PromptSnapshot {
  tenantId: string;
  title: string;
  slug: string;
  summary?: string;
  status: 'draft' | 'published' | 'archived';
  settings: ModelSettingsPlain;
  publishedAt?: string;
  reviewOn?: string;
  metadata?: unknown;
  externalId?: string;
  promptVersions: PromptVersionPlain[];
  promptTags: PromptTagPlain[];
}

/** A prompt template with its model settings and the history of its versions. */
export class Prompt extends AggregateRoot<PromptId, PromptEvent> {
  private constructor(
    id: PromptId,
    version: number,
    private props: PromptProps,
    private promptVersionsList: PromptVersion[],
    private promptTagsList: PromptTag[],
  ) {
    super(id, version);
  }

  /** A new Prompt; records PromptCreated. Throws InvariantViolation on an invalid value. */
  static create(input: NewPrompt, id: PromptId = PromptId.generate()): Prompt {
    const prompt = new Prompt(
      id,
      0,
      {
        tenantId: TenantId.from(input.tenantId),
        title: text('title', input.title, { max: 200 }),
        slug: text('slug', input.slug, { pattern: new RegExp('^[a-z0-9-]+$', 'u') }),
        summary: input.summary === undefined ? undefined : text('summary', input.summary),
        status: oneOf('status', input.status ?? 'draft', [
          'draft',
          'published',
          'archived',
        ] as const),
        settings: ModelSettings.from(input.settings),
        publishedAt:
          input.publishedAt === undefined ? undefined : dateTime('publishedAt', input.publishedAt),
        reviewOn:
          input.reviewOn === undefined ? undefined : calendarDate('reviewOn', input.reviewOn),
        metadata: input.metadata === undefined ? undefined : input.metadata,
        externalId:
          input.externalId === undefined ? undefined : uuid('externalId', input.externalId),
      },
      (input.promptVersions ?? []).map((item) => PromptVersion.create(item)),
      (input.promptTags ?? []).map((item) => PromptTag.create(item)),
    );
    prompt.record(domainEvent('PromptCreated', id, prompt.snapshot()));
    return prompt;
  }

  /** Rebuilds a stored Prompt (no event: nothing happened). */
  static restore(
    id: PromptId,
    version: number,
    props: PromptProps,
    promptVersions: PromptVersion[],
    promptTags: PromptTag[],
  ): Prompt {
    return new Prompt(id, version, props, promptVersions, promptTags);
  }

  get tenantId(): TenantId {
    return this.props.tenantId;
  }

  get title(): string {
    return this.props.title;
  }

  get slug(): string {
    return this.props.slug;
  }

  get summary(): string | undefined {
    return this.props.summary;
  }

  get status(): 'draft' | 'published' | 'archived' {
    return this.props.status;
  }

  get settings(): ModelSettings {
    return this.props.settings;
  }

  get publishedAt(): Date | undefined {
    return this.props.publishedAt;
  }

  get reviewOn(): string | undefined {
    return this.props.reviewOn;
  }

  get metadata(): unknown {
    return this.props.metadata;
  }

  get externalId(): string | undefined {
    return this.props.externalId;
  }

  get promptVersions(): readonly PromptVersion[] {
    return this.promptVersionsList;
  }

  get promptTags(): readonly PromptTag[] {
    return this.promptTagsList;
  }

  /** Applies a change (all or nothing); records PromptUpdated. */
  update(changes: PromptChanges): void {
    const props: PromptProps = { ...this.props };
    if (changes.tenantId !== undefined) props.tenantId = TenantId.from(changes.tenantId);
    if (changes.title !== undefined) props.title = text('title', changes.title, { max: 200 });
    if (changes.slug !== undefined)
      props.slug = text('slug', changes.slug, { pattern: new RegExp('^[a-z0-9-]+$', 'u') });
    if (changes.summary !== undefined)
      props.summary = changes.summary === null ? undefined : text('summary', changes.summary);
    if (changes.status !== undefined)
      props.status = oneOf('status', changes.status, ['draft', 'published', 'archived'] as const);
    if (changes.settings !== undefined) props.settings = ModelSettings.from(changes.settings);
    if (changes.publishedAt !== undefined)
      props.publishedAt =
        changes.publishedAt === null ? undefined : dateTime('publishedAt', changes.publishedAt);
    if (changes.reviewOn !== undefined)
      props.reviewOn =
        changes.reviewOn === null ? undefined : calendarDate('reviewOn', changes.reviewOn);
    if (changes.metadata !== undefined)
      props.metadata = changes.metadata === null ? undefined : changes.metadata;
    if (changes.externalId !== undefined)
      props.externalId =
        changes.externalId === null ? undefined : uuid('externalId', changes.externalId);
    const promptVersions = changes.promptVersions?.map((item) => PromptVersion.create(item));
    const promptTags = changes.promptTags?.map((item) => PromptTag.create(item));
    this.props = props;
    if (promptVersions !== undefined) this.promptVersionsList = promptVersions;
    if (promptTags !== undefined) this.promptTagsList = promptTags;
    this.record(domainEvent('PromptUpdated', this.id, changes));
  }

  /** A version was made the one that is served. Needs status draft; sets status to published and publishedAt to now. Records PromptPublished. */
  markPublished(now: Date = new Date()): void {
    if (this.props.status !== 'draft')
      throw new TransitionNotAllowed('PromptPublished', 'status', this.props.status, ['draft']);
    this.props = { ...this.props, status: 'published', publishedAt: now };
    this.record(
      domainEvent('PromptPublished', this.id, {
        status: 'published',
        publishedAt: now.toISOString(),
      }),
    );
  }

  /** The prompt no longer serves any version. Needs status draft or published; sets status to archived. Records PromptArchived. */
  markArchived(): void {
    if (this.props.status !== 'draft' && this.props.status !== 'published')
      throw new TransitionNotAllowed('PromptArchived', 'status', this.props.status, [
        'draft',
        'published',
      ]);
    this.props = { ...this.props, status: 'archived' };
    this.record(domainEvent('PromptArchived', this.id, { status: 'archived' }));
  }

  /** Marks the Prompt for deletion; records PromptDeleted. */
  delete(): void {
    this.record(domainEvent('PromptDeleted', this.id, {}));
  }

  snapshot(): PromptSnapshot {
    return {
      tenantId: this.props.tenantId,
      title: this.props.title,
      slug: this.props.slug,
      summary: this.props.summary,
      status: this.props.status,
      settings: this.props.settings.toPlain(),
      publishedAt:
        this.props.publishedAt === undefined ? undefined : this.props.publishedAt.toISOString(),
      reviewOn: this.props.reviewOn,
      metadata: this.props.metadata,
      externalId: this.props.externalId,
      promptVersions: this.promptVersionsList.map((item) => item.toPlain()),
      promptTags: this.promptTagsList.map((item) => item.toPlain()),
    };
  }
}
