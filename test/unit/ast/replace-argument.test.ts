import { describe, expect, it } from 'vitest';
import { replaceConstructorArgument } from '../../../src/ast/replace-argument.js';
import { edited, editedTwice, lines } from './edit-source.js';

const toEvents = (sf: Parameters<typeof replaceConstructorArgument>[0]) =>
  replaceConstructorArgument(sf, {
    className: 'OutboxRelay',
    index: 1,
    from: '(event) => bus.publish(event)',
    to: '(event) => events.publish(event)',
  });

describe('replaceConstructorArgument', () => {
  it('swaps the generated argument, keeps the others, and changes nothing the second time', () => {
    const { once, twice } = editedTwice(
      lines('const relay = new OutboxRelay(database, (event) => bus.publish(event), logger); // relay'),
      toEvents,
    );
    expect(once).toBe(lines('const relay = new OutboxRelay(database, (event) => events.publish(event), logger); // relay'));
    expect(twice).toBe(once);
  });

  it('matches the generated argument however it is spaced', () => {
    const source = lines('const relay = new OutboxRelay(', '  database,', '  (event) =>', '    bus.publish(event),', '  logger,', ');');
    expect(edited(source, toEvents)).toBe(
      lines('const relay = new OutboxRelay(', '  database,', '  (event) => events.publish(event),', '  logger,', ');'),
    );
  });

  it('stops at an argument the user changed, naming what it expected', () => {
    const source = lines('const relay = new OutboxRelay(database, (e) => audit(e).then(() => bus.publish(e)), logger);');
    expect(() => edited(source, toEvents, 'src/bootstrap.ts')).toThrow(
      /src\/bootstrap\.ts:1: could not find new OutboxRelay\(…\) with second argument `\(event\) => bus\.publish\(event\)`/,
    );
  });

  it('stops when there is no such construction', () => {
    expect(() => edited(lines('const relay = makeRelay();'), toEvents, 'b.ts')).toThrow(/could not find new OutboxRelay/);
  });
});
