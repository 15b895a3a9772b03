import { describe, expect, it } from 'vitest';
import {
  ensureFunctionDeclaration,
  type FunctionDeclarationRequest,
} from '../../../src/ast/ensure-function-declaration.js';
import { edited, editedTwice, lines } from './edit-source.js';

const optionalUrl: FunctionDeclarationRequest = {
  name: 'optionalUrl',
  declaration: ['function optionalUrl(env: Env, name: string): string | undefined {', '  return env[name];', '}'].join(
    '\n',
  ),
  above: 'loadConfig',
};
const addOptionalUrl = (sf: Parameters<typeof ensureFunctionDeclaration>[0]) => {
  ensureFunctionDeclaration(sf, optionalUrl);
};

const HELPER = ['function optionalUrl(env: Env, name: string): string | undefined {', '  return env[name];', '}'];

describe('ensureFunctionDeclaration', () => {
  it('goes above the function and its doc comment, and changes nothing the second time', () => {
    const source = lines(
      "import { z } from 'z';",
      '',
      'function integer(env: Env): number {',
      '  return 1;',
      '}',
      '',
      '/** Reads the environment once, at start-up. */',
      'export function loadConfig(env: Env): Config {',
      '  return { port: integer(env) };',
      '}',
    );
    const { once, twice } = editedTwice(source, addOptionalUrl);
    expect(once).toBe(
      lines(
        "import { z } from 'z';",
        '',
        'function integer(env: Env): number {',
        '  return 1;',
        '}',
        '',
        ...HELPER,
        '',
        '/** Reads the environment once, at start-up. */',
        'export function loadConfig(env: Env): Config {',
        '  return { port: integer(env) };',
        '}',
      ),
    );
    expect(twice).toBe(once);
  });

  it('keeps every comment line over the function with it', () => {
    const source = lines(
      'const a = 1; // not the function’s',
      '// eslint-disable-next-line max-lines-per-function',
      '/**',
      ' * Reads the environment.',
      ' */',
      'export const loadConfig = (env: Env): Config => ({ a });',
    );
    expect(edited(source, addOptionalUrl)).toBe(
      lines(
        'const a = 1; // not the function’s',
        ...HELPER,
        '',
        '// eslint-disable-next-line max-lines-per-function',
        '/**',
        ' * Reads the environment.',
        ' */',
        'export const loadConfig = (env: Env): Config => ({ a });',
      ),
    );
  });

  it('goes above a const set to an arrow function', () => {
    const source = lines('const x = 1;', '', 'export const loadConfig = (env: Env): Config => {', '  return {};', '};');
    expect(edited(source, addOptionalUrl)).toBe(
      lines(
        'const x = 1;',
        '',
        ...HELPER,
        '',
        'export const loadConfig = (env: Env): Config => {',
        '  return {};',
        '};',
      ),
    );
  });

  it('goes above a function that opens the file', () => {
    expect(edited(lines('export function loadConfig() {}'), addOptionalUrl)).toBe(
      lines(...HELPER, '', 'export function loadConfig() {}'),
    );
  });

  it('reports whether it inserted', () => {
    const results: boolean[] = [];
    edited(lines('function loadConfig() {}'), (sf) => {
      results.push(ensureFunctionDeclaration(sf, optionalUrl));
      results.push(ensureFunctionDeclaration(sf, optionalUrl));
    });
    expect(results).toEqual([true, false]);
  });

  it('leaves a file that already binds the name alone, declared or imported', () => {
    const declared = lines(
      'export function loadConfig() {}',
      '',
      'const optionalUrl = (env: Env, name: string) => env[name] || undefined;',
    );
    expect(edited(declared, addOptionalUrl)).toBe(declared);
    const imported = lines("import { url as optionalUrl } from './env.js';", '', 'export function loadConfig() {}');
    expect(edited(imported, addOptionalUrl)).toBe(imported);
  });

  it('writes Windows newlines into a file that uses them', () => {
    const source = 'const a = 1;\r\n\r\n/** doc */\r\nfunction loadConfig() {}\r\n';
    expect(edited(source, addOptionalUrl)).toBe(
      `const a = 1;\r\n\r\n${HELPER.join('\r\n')}\r\n\r\n/** doc */\r\nfunction loadConfig() {}\r\n`,
    );
  });

  it('says which function it looked for when loadConfig was renamed', () => {
    expect(() => edited(lines('export function readConfig() {}'), addOptionalUrl, 'src/config.ts')).toThrow(
      '/src/config.ts: could not find a top-level function named loadConfig (a function declaration, or a const set to an arrow function or function expression); restore it if it was renamed or removed, or make this registration by hand',
    );
  });
});
