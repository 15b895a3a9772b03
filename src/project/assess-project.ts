/**
 * Whether the tool can edit this repository safely. Each problem is one line that says what is
 * wrong and what to do; the first one is the reason the CLI gives when it refuses.
 */
import { FRAMEWORK_NAMES } from './display-names.js';
import type { HttpFramework, ProjectProfile } from './profile.js';

export interface Assessment {
  supported: boolean;
  problems: string[];
}

/** Frameworks whose routes the tool knows how to register. */
const ROUTABLE: readonly HttpFramework[] = ['fastify', 'express'];

export function assessProject(profile: ProjectProfile): Assessment {
  const problems: string[] = [];
  if (!profile.hasPackageJson) {
    problems.push(`no package.json in ${profile.dir} — run agent-backend inside the Node project to add to`);
  }
  if (profile.workspace.isRoot) {
    const packages = profile.workspace.packages.join(', ') || 'none found';
    const example = profile.workspace.packages[0] ?? 'packages/<name>';
    problems.push(
      `this is a monorepo root (packages: ${packages}) — cd into the package to add to, e.g. cd ${example}`,
    );
  }
  if (profile.hasPackageJson && !profile.workspace.isRoot && !profile.usesTypeScript) {
    problems.push(
      'no TypeScript here (no tsconfig.json and no typescript dependency) — agent-backend writes TypeScript only',
    );
  }
  const framework = profile.http.framework;
  if (framework && !ROUTABLE.includes(framework)) {
    problems.push(
      `${FRAMEWORK_NAMES[framework]} is not supported yet — agent-backend registers routes on Fastify or Express only`,
    );
  }
  return { supported: problems.length === 0, problems };
}
