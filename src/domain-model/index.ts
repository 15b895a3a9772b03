/** The domain model: read a domain file or the CLI's short form into a validated `BoundedContext`. */
export { readDomainFile } from './read-domain-file.js';
export { parseDomain } from './parse-domain.js';
export { aggregateFromFlags, parseFieldFlag, parseRefFlag, COMMAND_LINE, type AggregateFlags } from './cli-flags.js';
export { GENERATED_NAMES, RESERVED_WORDS, RESERVED_TYPE_NAMES } from './reserved-names.js';
export * from './types.js';
