export * from './outbox.table.js';
export * from '../tenant/tenant.table.js';
export * from '../tag/tag.table.js';
export * from '../prompt/prompt.table.js';
