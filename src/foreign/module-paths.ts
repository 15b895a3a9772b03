/**
 * How one file of the repository imports another: relative, with the extension its code uses
 * (`.js`, `.ts` or none), or through a tsconfig `paths` alias when the importing side already
 * imports that way (tests that write `@app/catalog/catalog`).
 */
import path from 'node:path';
import type { PathAlias, ProjectProfile } from '../project/profile.js';

export interface ModulePaths {
  /** the specifier `fromFile` writes to import `toFile` (both project-relative, `.ts`) */
  specifier(fromFile: string, toFile: string, options?: { alias?: boolean }): string;
  /** the alias prefix reaching `toFile` (`@app/`), when there is one */
  aliasPrefixFor(toFile: string): string | undefined;
}

const withoutTs = (file: string): string => file.replace(/\.(c|m)?tsx?$/u, '');

function aliasFor(aliases: readonly PathAlias[], toFile: string): { prefix: string; rest: string } | undefined {
  for (const alias of aliases) {
    if (!alias.pattern.endsWith('/*')) continue;
    for (const target of alias.targets) {
      if (!target.endsWith('/*')) continue;
      const folder = target.slice(0, -1);
      if (toFile.startsWith(folder)) return { prefix: alias.pattern.slice(0, -1), rest: toFile.slice(folder.length) };
    }
  }
  return undefined;
}

export function modulePaths(profile: ProjectProfile): ModulePaths {
  const extension = profile.modules.importExtension;
  const aliases = profile.tsconfig?.paths ?? [];
  return {
    specifier(fromFile, toFile, options = {}) {
      const alias = options.alias ? aliasFor(aliases, toFile) : undefined;
      if (alias) return alias.prefix + withoutTs(alias.rest) + extension;
      const relative = path.posix.relative(path.posix.dirname(fromFile), withoutTs(toFile));
      return (relative.startsWith('.') ? relative : `./${relative}`) + extension;
    },
    aliasPrefixFor: (toFile) => aliasFor(aliases, toFile)?.prefix,
  };
}
