import { AggregateRoot } from '../shared/aggregate-root.js';
import { domainEvent } from '../shared/domain-event.js';
import { text } from '../shared/guards.js';
import { TenantId } from '../tenant/tenant-id.js';
import type { TagEvent } from './tag.events.js';
import { TagId } from './tag-id.js';

/** What a Tag holds, in domain types. */
export interface TagProps {
  tenantId: TenantId;
  label: string;
  colour: string;
}

/** What it takes to create a Tag (plain values, validated here). */
export interface NewTag {
  tenantId: string;
  label: string;
  colour?: string;
}

/** A partial change; `null` clears an optional field. */
export interface TagChanges {
  tenantId?: string;
  label?: string;
  colour?: string;
}

/** The state of a Tag as plain data (event payloads). */
export interface TagSnapshot {
  tenantId: string;
  label: string;
  colour: string;
}

/** A label that groups prompts; tags are shared by the prompts of one tenant. */
export class Tag extends AggregateRoot<TagId, TagEvent> {
  private constructor(
    id: TagId,
    version: number,
    private props: TagProps,
  ) {
    super(id, version);
  }

  /** A new Tag; records TagCreated. Throws InvariantViolation on an invalid value. */
  static create(input: NewTag, id: TagId = TagId.generate()): Tag {
    const tag = new Tag(id, 0, {
      tenantId: TenantId.from(input.tenantId),
      label: text('label', input.label, { max: 40 }),
      colour: text('colour', input.colour ?? '#888888', {
        max: 7,
        pattern: new RegExp('^#[0-9a-f]{6}$', 'u'),
      }),
    });
    tag.record(domainEvent('TagCreated', id, tag.snapshot()));
    return tag;
  }

  /** Rebuilds a stored Tag (no event: nothing happened). */
  static restore(id: TagId, version: number, props: TagProps): Tag {
    return new Tag(id, version, props);
  }

  get tenantId(): TenantId {
    return this.props.tenantId;
  }

  get label(): string {
    return this.props.label;
  }

  get colour(): string {
    return this.props.colour;
  }

  /** Applies a change (all or nothing); records TagUpdated. */
  update(changes: TagChanges): void {
    const props: TagProps = { ...this.props };
    if (changes.tenantId !== undefined) props.tenantId = TenantId.from(changes.tenantId);
    if (changes.label !== undefined) props.label = text('label', changes.label, { max: 40 });
    if (changes.colour !== undefined)
      props.colour = text('colour', changes.colour, {
        max: 7,
        pattern: new RegExp('^#[0-9a-f]{6}$', 'u'),
      });
    this.props = props;
    this.record(domainEvent('TagUpdated', this.id, changes));
  }

  /** Marks the Tag for deletion; records TagDeleted. */
  delete(): void {
    this.record(domainEvent('TagDeleted', this.id, {}));
  }

  snapshot(): TagSnapshot {
    return {
      tenantId: this.props.tenantId,
      label: this.props.label,
      colour: this.props.colour,
    };
  }
}
