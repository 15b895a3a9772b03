/**
 * ESM or CommonJS, decided as tsc decides it: `module` commonjs → CommonJS; node16/nodenext →
 * package.json `type`; es20xx/esnext/preserve → ESM; unset → package.json `type`.
 */
import type { PackageJson } from './package-json.js';
import type { Evidence, ModuleSystem, TsconfigProfile } from './profile.js';

export function detectModuleSystem(
  pkg: PackageJson | undefined,
  tsconfig: TsconfigProfile | undefined,
): { system: ModuleSystem; evidence: Evidence[] } {
  const module = tsconfig?.module?.toLowerCase();
  const typeEvidence: Evidence = {
    file: 'package.json',
    note: pkg?.type === undefined ? 'no "type" field (CommonJS)' : `"type": "${pkg.type}"`,
  };
  const packageSystem: ModuleSystem = pkg?.type === 'module' ? 'esm' : 'commonjs';
  const moduleEvidence = tsconfig?.evidence.find((item) => item.note.startsWith('"module"'));
  if (module === undefined || module.startsWith('node')) {
    return { system: packageSystem, evidence: [typeEvidence, ...(moduleEvidence ? [moduleEvidence] : [])] };
  }
  return {
    system: module === 'commonjs' || module === 'umd' || module === 'amd' ? 'commonjs' : 'esm',
    evidence: moduleEvidence ? [moduleEvidence] : [],
  };
}
