/**
 * A domain file's text → the validated, normalised `BoundedContext`. The first error stops the
 * parse and is thrown as an `InputError` whose message is one line: `file:line: what — fix`.
 */
import { names } from '../naming.js';
import { checkName } from './check-name.js';
import { splitFrontMatter } from './front-matter.js';
import { checkKeys, descriptionOf, findEntry } from './keys.js';
import { readAggregate } from './read-aggregate.js';
import { fail, fileSite, type Site } from './site.js';
import { TypeNamespace } from './type-namespace.js';
import type { BoundedContext } from './types.js';
import { scalarValue, YamlSource, type Entry } from './yaml-source.js';

const CONTEXT_KEYS = ['context', 'description', 'aggregates'];

/** `knownAggregates`: aggregates that exist elsewhere (in the service) and may be referenced by id. */
export function parseDomain(text: string, file: string, knownAggregates: readonly string[] = []): BoundedContext {
  const frontMatter = splitFrontMatter(text, file);
  const source = YamlSource.parse(frontMatter.yaml, file, frontMatter.firstLine);
  const start = fileSite(file, frontMatter.firstLine - 1);
  if (source.root === null) fail(start, 'the front matter is empty — declare context: and aggregates:');
  const what = 'the front matter must be a map with context:, description: and aggregates:';
  const entries = source.entries(source.root, start, what);
  checkKeys(entries, CONTEXT_KEYS, 'top-level');

  const contextEntry = findEntry(entries, 'context');
  if (!contextEntry) fail(start, 'missing "context:" — name the bounded context, e.g. context: Ordering');
  const contextName = scalarValue(contextEntry.value);
  if (typeof contextName !== 'string') fail(contextEntry.site, 'context: must be a name, e.g. context: Ordering');
  const contextNames = checkName(contextName, 'context', contextEntry.site);

  const namespace = new TypeNamespace();
  const declared = declareAggregates(findEntry(entries, 'aggregates'), source, namespace, start);
  const declaredNames = declared.map((d) => d.names.pascal);
  const external = knownAggregates.map((name) => names(name).pascal).filter((name) => !declaredNames.includes(name));
  const context = { source, namespace, aggregates: [...declaredNames, ...external] };
  return {
    names: contextNames,
    ...descriptionOf(findEntry(entries, 'description')),
    body: frontMatter.body,
    aggregates: declared.map(({ entry, names }) => readAggregate(entry, names, context)),
    origin: contextEntry.site.origin,
  };
}

/**
 * Names every aggregate before any is read, so references may point forwards and the names the
 * generator derives from each aggregate are reserved before value objects and events claim them.
 */
function declareAggregates(aggregates: Entry | undefined, source: YamlSource, namespace: TypeNamespace, start: Site) {
  if (!aggregates) fail(start, 'missing "aggregates:" — declare at least one aggregate');
  const what = 'aggregates: must be a map of Name: { fields: … }';
  const entries = aggregates.value === null ? [] : source.entries(aggregates.value, aggregates.site, what);
  if (entries.length === 0) fail(aggregates.site, 'no aggregates declared — add at least one under aggregates:');
  const declared = entries.map((entry) => {
    const names = checkName(entry.key, 'aggregate', entry.site);
    namespace.declare(names, 'aggregate', entry.site, entry.key);
    return { entry, names };
  });
  for (const { names } of declared) namespace.reserveGeneratedNames(names);
  return declared;
}
