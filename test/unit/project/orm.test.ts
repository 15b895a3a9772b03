import { describe, expect, it } from 'vitest';
import { detectOrm } from '../../../src/project/orm.js';
import { readPackageJson } from '../../../src/project/package-json.js';
import { tempProject } from './temp-project.js';

function ormOf(files: Record<string, string | object>) {
  const dir = tempProject(files);
  const { orm, configFile } = detectOrm(dir, readPackageJson(dir));
  return { orm, configFile };
}

describe('detectOrm', () => {
  it.each([
    [
      'prisma',
      { '@prisma/client': '^6.0.0' },
      { 'prisma/schema.prisma': 'datasource db {}\n' },
      'prisma/schema.prisma',
    ],
    ['typeorm', { typeorm: '^0.3.0' }, { 'src/data-source.ts': 'export {};\n' }, 'src/data-source.ts'],
    ['sequelize', { sequelize: '^6.0.0' }, {}, undefined],
    [
      'mikro-orm',
      { '@mikro-orm/core': '^6.0.0' },
      { 'mikro-orm.config.ts': 'export default {};\n' },
      'mikro-orm.config.ts',
    ],
    ['knex', { knex: '^3.0.0' }, { 'knexfile.ts': 'export default {};\n' }, 'knexfile.ts'],
  ] as const)('recognises %s from its dependency and its config file', (orm, dependencies, files, configFile) => {
    expect(ormOf({ 'package.json': { dependencies }, ...files })).toEqual({ orm, configFile });
  });

  it('recognises Drizzle from drizzle.config.ts even before drizzle-orm is installed', () => {
    expect(ormOf({ 'package.json': {}, 'drizzle.config.ts': 'export default {};\n' })).toEqual({
      orm: 'drizzle',
      configFile: 'drizzle.config.ts',
    });
  });

  it('finds none in a project without one', () => {
    expect(ormOf({ 'package.json': { dependencies: { zod: '^4.0.0' } } })).toEqual({});
  });
});
