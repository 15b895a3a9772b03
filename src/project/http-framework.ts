/** The HTTP framework the service uses, from its dependencies, and where its app is created. */
import { findAppInstances } from './app-instances.js';
import { firstDependency, type PackageJson } from './package-json.js';
import type { HttpFramework, HttpProfile } from './profile.js';

/** Checked in this order: NestJS runs on top of Express or Fastify, so it comes first. */
const FRAMEWORK_PACKAGES: readonly { framework: HttpFramework; packages: readonly string[] }[] = [
  { framework: 'nestjs', packages: ['@nestjs/core'] },
  { framework: 'fastify', packages: ['fastify'] },
  { framework: 'express', packages: ['express'] },
  { framework: 'koa', packages: ['koa'] },
  { framework: 'hono', packages: ['hono'] },
];

export function detectHttpFramework(
  dir: string,
  pkg: PackageJson | undefined,
  sourceFiles: readonly string[],
): HttpProfile {
  for (const { framework, packages } of FRAMEWORK_PACKAGES) {
    const dependency = firstDependency(pkg, packages);
    if (!dependency) continue;
    const instances =
      framework === 'fastify' || framework === 'express' ? findAppInstances(dir, sourceFiles, framework) : [];
    const evidence = [
      { file: 'package.json', note: `depends on ${dependency} ${pkg?.dependencies[dependency] ?? ''}`.trim() },
      ...instances.map((instance) => ({
        file: instance.file,
        line: instance.line,
        note: `creates ${instance.variable ?? 'an instance'} (${instance.kind})`,
      })),
    ];
    return { framework, instances, evidence };
  }
  return { instances: [], evidence: [{ file: 'package.json', note: 'no HTTP framework among the dependencies' }] };
}
