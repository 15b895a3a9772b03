import { describe, expect, it } from 'vitest';
import { detectImportExtension } from '../../../src/project/import-extension.js';
import { detectModuleSystem } from '../../../src/project/module-system.js';
import { readPackageJson } from '../../../src/project/package-json.js';
import { readTsconfig } from '../../../src/project/tsconfig.js';
import { tempProject } from './temp-project.js';

function systemOf(packageType: string | undefined, module: string | undefined) {
  const dir = tempProject({
    'package.json': packageType ? { type: packageType } : {},
    'tsconfig.json': { compilerOptions: module ? { module } : {} },
  });
  return detectModuleSystem(readPackageJson(dir), readTsconfig(dir)).system;
}

describe('detectModuleSystem', () => {
  it.each([
    ['module', 'NodeNext', 'esm'],
    [undefined, 'NodeNext', 'commonjs'],
    ['commonjs', 'Node16', 'commonjs'],
    ['module', 'CommonJS', 'commonjs'],
    [undefined, 'ESNext', 'esm'],
    [undefined, 'preserve', 'esm'],
    ['module', undefined, 'esm'],
    [undefined, undefined, 'commonjs'],
  ])('reads package type %s with tsconfig module %s as %s', (packageType, module, system) => {
    expect(systemOf(packageType, module)).toBe(system);
  });
});

describe('detectImportExtension', () => {
  it('follows the extension most relative imports use, ignoring package imports', () => {
    const dir = tempProject({
      'src/a.ts': "import { b } from './b.ts';\nimport { c } from './c.ts';\nimport x from 'node:path';\n",
      'src/b.ts': "export { c } from './c';\n",
    });

    expect(detectImportExtension(dir, ['src/a.ts', 'src/b.ts'], 'esm', 'bundler').extension).toBe('.ts');
  });

  it('counts require calls and dynamic imports', () => {
    const dir = tempProject({ 'src/a.ts': "const b = require('./b.js');\nconst c = import('./c.js');\n" });

    expect(detectImportExtension(dir, ['src/a.ts'], 'commonjs', 'node').extension).toBe('.js');
  });

  it.each([
    ['esm', 'NodeNext', '.js'],
    ['esm', 'Bundler', ''],
    ['commonjs', 'Node16', ''],
  ] as const)('without imports to read, %s with %s resolution needs %j', (system, resolution, extension) => {
    const dir = tempProject({ 'src/index.ts': 'export const one = 1;\n' });

    expect(detectImportExtension(dir, ['src/index.ts'], system, resolution).extension).toBe(extension);
  });
});
