/** The ORM or query builder already in use, from dependencies and the ORM's own files. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { firstDependency, type PackageJson } from './package-json.js';
import type { Evidence, Orm, OrmProfile } from './profile.js';

const ORMS: readonly { orm: Orm; packages: readonly string[]; configs: readonly string[] }[] = [
  {
    orm: 'drizzle',
    packages: ['drizzle-orm'],
    configs: ['drizzle.config.ts', 'drizzle.config.js', 'drizzle.config.mjs', 'drizzle.config.json'],
  },
  {
    orm: 'prisma',
    packages: ['@prisma/client', 'prisma'],
    configs: ['prisma/schema.prisma', 'schema.prisma', 'prisma/schema', 'prisma.config.ts'],
  },
  {
    orm: 'typeorm',
    packages: ['typeorm'],
    configs: ['ormconfig.json', 'ormconfig.ts', 'ormconfig.js', 'src/data-source.ts'],
  },
  { orm: 'mikro-orm', packages: ['@mikro-orm/core'], configs: ['mikro-orm.config.ts', 'src/mikro-orm.config.ts'] },
  { orm: 'sequelize', packages: ['sequelize', 'sequelize-typescript'], configs: ['.sequelizerc'] },
  { orm: 'knex', packages: ['knex'], configs: ['knexfile.ts', 'knexfile.js'] },
];

export function detectOrm(dir: string, pkg: PackageJson | undefined): OrmProfile {
  for (const { orm, packages, configs } of ORMS) {
    const dependency = firstDependency(pkg, packages);
    const configFile = configs.find((config) => existsSync(path.join(dir, config)));
    if (!dependency && !configFile) continue;
    const evidence: Evidence[] = [
      ...(dependency ? [{ file: 'package.json', note: `depends on ${dependency}` }] : []),
      ...(configFile ? [{ file: configFile, note: `${orm} config` }] : []),
    ];
    return { orm, ...(configFile ? { configFile } : {}), evidence };
  }
  return { evidence: [{ file: 'package.json', note: 'no ORM among the dependencies' }] };
}
