/**
 * `add <capability>` in a repository the tool did not create (see foreign-capabilities.ts for
 * which): the capability's modules in `<source>/<name>/`, the slice kernel when its routes need
 * it, tests in the repository's runner, routes registered on its Fastify or Express instance,
 * missing dependencies in package.json. The others are wired into a generated service's
 * composition root and config; here they exit 1 and say so.
 */
import type { AggregatePlan } from '../aggregate/plan-aggregates.js';
import { applyEdits, textEdit, type FileEdit } from '../ast/apply-edits.js';
import { ensureJsonEntries } from '../ast/json-edits.js';
import { packageRange } from '../capabilities/capability-text-edits.js';
import { InputError } from '../errors.js';
import { FOREIGN_CAPABILITIES, FOREIGN_CAPABILITY_NAMES, type ForeignCapability } from './foreign-capabilities.js';
import { addEdits, addSliceFiles, emptyPlan } from './foreign-plan.js';
import { appFileSpecifier, type ForeignProject } from './foreign-project.js';
import { registerSliceRoutes } from './register-routes.js';
import { renderSlice, type SliceTemplate } from './render-slice.js';
import { KERNEL_TEMPLATES, kernelFiles, sliceLayout } from './slice-layout.js';

function capabilityNamed(positionals: readonly string[]): ForeignCapability {
  const [name, ...rest] = positionals;
  if (name === undefined || rest.length > 0) throw new InputError(`name one capability — e.g. agent-backend add llm`);
  const capability = FOREIGN_CAPABILITIES.find((candidate) => candidate.name === name);
  if (!capability) {
    throw new InputError(
      `${name} cannot be added to a repository the tool did not create (no .yo-rc.json here): it is wired into a generated service's composition root — here: ${FOREIGN_CAPABILITY_NAMES.join(', ')}`,
    );
  }
  return capability;
}

function templatesOf(capability: ForeignCapability, project: ForeignProject, routed: boolean): SliceTemplate[] {
  const framework = project.profile.http.framework as 'fastify' | 'express';
  const routes = routed ? capability.routes : undefined;
  const modules = { ...capability.modules, ...routes?.modules };
  return [
    ...(routes ? KERNEL_TEMPLATES : []),
    ...Object.entries(modules).map(([role, [template]]) => ({ template, role: `slice/${role}` })),
    ...(routes ? [{ template: `foreign/${capability.name}/routes-${framework}.ts.ejs`, role: 'slice/routes' }] : []),
    ...(project.dialect ? Object.entries(capability.tests).map(([role, [template]]) => ({ template, role: `test/${role}` })) : []),
    ...(project.dialect && routes ? [{ template: routes.tests, role: 'test/routes' }] : []),
  ];
}

export async function planForeignCapability(
  project: ForeignProject,
  positionals: readonly string[],
  folder?: string,
): Promise<{ plan: AggregatePlan; addsDependencies: boolean }> {
  const capability = capabilityNamed(positionals);
  const framework = project.profile.http.framework;
  const slice = project.slice(capability.name, folder);
  const routed = (framework === 'fastify' || framework === 'express') && slice.routes !== undefined;
  const stems = (entries: Record<string, [string, string]>) =>
    Object.fromEntries(Object.entries(entries).map(([role, [, stem]]) => [role, stem]));
  const layout = sliceLayout(
    slice,
    { ...stems({ ...capability.modules, ...capability.routes?.modules }), routes: `${capability.name}-routes` },
    { ...stems(capability.tests), routes: `${capability.name}-routes` },
  );
  const files = await renderSlice({
    templates: templatesOf(capability, project, routed),
    layout,
    paths: project.paths,
    format: slice.format,
    aliasedRoles: new Set(project.testsUseAlias ? [...layout.keys()].filter((role) => role.startsWith('test/')) : []),
    data: { framework, t: project.dialect },
  });
  const plan = emptyPlan();
  const changed = addSliceFiles(plan, project, { name: capability.name, files, shared: kernelFiles(layout) });
  const before = new Map([['package.json', project.read('package.json') ?? '{}']]);
  const ranges = Object.fromEntries(capability.dependencies.map((name) => [name, packageRange(name)]));
  const edits: FileEdit[] = [textEdit('package.json', (text) => ensureJsonEntries(text, 'package.json', ['dependencies'], ranges))];
  const routesFile = layout.get('slice/routes') as string;
  if (changed && slice.routes && capability.routes && files.has(routesFile)) {
    const instanceFile = slice.routes.file;
    before.set(instanceFile, project.read(instanceFile) ?? '');
    edits.push(registerSliceRoutes(slice.routes, routesFile, capability.routes, appFileSpecifier(project)));
  }
  const edited = applyEdits(before, edits);
  addEdits(plan, before, edited);
  return { plan, addsDependencies: edited.has('package.json') };
}
