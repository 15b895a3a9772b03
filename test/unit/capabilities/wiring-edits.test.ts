/**
 * A capability's wirings of one file are spliced into one parse where they can be: imports two
 * wirings need from one module come as one declaration, a helper two settings share comes once,
 * and a wiring placed after what an earlier one inserts waits for that parse.
 */
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../../src/ast/apply-edits.js';
import { capabilityEdits } from '../../../src/capabilities/wiring-edits.js';
import type { CapabilityDefinition, Setting, Wiring } from '../../../src/capabilities/types.js';

const BOOTSTRAP = [
  'export interface Services {',
  '  readonly logger: string;',
  '}',
  '',
  'export function bootstrap(): Services {',
  "  const logger = 'log';",
  '  return { logger };',
  '}',
  '',
].join('\n');

const CONFIG = [
  'export interface Config {',
  '  readonly port: number;',
  '}',
  '',
  'export function loadConfig(env: NodeJS.ProcessEnv): Config {',
  '  return {',
  '    port: Number(env.PORT),',
  '  };',
  '}',
  '',
].join('\n');

const files = new Map([
  ['src/bootstrap.ts', BOOTSTRAP],
  ['src/config.ts', CONFIG],
  ['.env.example', 'PORT=3000\n'],
  ['docs/STACK.md', '# Stack\n'],
  ['.yo-rc.json', '{\n  "create-agent-backend": {\n    "capabilities": []\n  }\n}\n'],
]);

function capability(wiring: Wiring[], settings: Setting[] = []): CapabilityDefinition {
  return { name: 'cache', summary: '', templates: [], dependencies: [], settings, wiring, stack: [] };
}

const clock = { from: './clock.js', names: ['Clock'], typeOnly: true } as const;

describe('capability wiring, spliced', () => {
  it('imports what several wirings need from one module in one declaration', () => {
    const edits = capabilityEdits(
      capability([
        { kind: 'type-member', file: 'src/bootstrap.ts', type: 'Services', name: 'clock', memberType: 'Clock', readonly: true, imports: [clock] },
        {
          kind: 'statement',
          file: 'src/bootstrap.ts',
          function: 'bootstrap',
          statement: 'const clock: Clock = systemClock();',
          present: { declares: 'clock' },
          place: { after: 'logger' },
          imports: [clock, { from: './clock.js', names: ['systemClock'] }],
        },
      ]),
    );
    expect(applyEdits(files, edits).get('src/bootstrap.ts')).toBe(
      [
        "import type { Clock } from './clock.js';",
        "import { systemClock } from './clock.js';",
        '',
        'export interface Services {',
        '  readonly logger: string;',
        '  readonly clock: Clock;',
        '}',
        '',
        'export function bootstrap(): Services {',
        "  const logger = 'log';",
        '  const clock: Clock = systemClock();',
        '  return { logger };',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('places a wiring after what an earlier wiring of the same file inserts', () => {
    const statement = (text: string, after: string): Wiring => ({
      kind: 'statement',
      file: 'src/bootstrap.ts',
      function: 'bootstrap',
      statement: text,
      present: { mentions: text },
      place: { after },
    });
    const edits = capabilityEdits(
      capability([statement("const cache = 'c';", 'logger'), statement("const reader = cache + 'r';", 'cache')]),
    );
    expect(applyEdits(files, edits).get('src/bootstrap.ts')).toContain(
      "  const logger = 'log';\n  const cache = 'c';\n  const reader = cache + 'r';\n",
    );
  });

  it('adds a config helper two settings share once', () => {
    const setting = (key: string, name: string): Setting => ({
      name,
      value: '',
      comment: `the ${key}`,
      key,
      type: 'string | undefined',
      read: `optional(env, '${name}')`,
      helpers: ['optional'],
    });
    const edited = applyEdits(files, capabilityEdits(capability([], [setting('cacheUrl', 'CACHE_URL'), setting('cacheName', 'CACHE_NAME')])));
    const config = edited.get('src/config.ts') ?? '';
    expect(config.match(/function optional\(/g)).toHaveLength(1);
    expect(config).toContain('  readonly cacheUrl: string | undefined;\n  readonly cacheName: string | undefined;\n');
    expect(config).toContain("    cacheUrl: optional(env, 'CACHE_URL'),\n    cacheName: optional(env, 'CACHE_NAME'),\n");
    expect(edited.get('.env.example')).toMatch(/CACHE_URL=[\s\S]*CACHE_NAME=/);
  });
});
