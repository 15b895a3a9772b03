/**
 * `aggregate` in a repository the tool did not create: per aggregate a slice (domain, repository
 * port + in-memory adapter, application service, HTTP routes on the repository's Fastify or
 * Express, tests in its runner) and the slice kernel once; the routes registered on its app.
 */
import type { AggregatePlan } from '../aggregate/plan-aggregates.js';
import { applyEdits } from '../ast/apply-edits.js';
import type { Aggregate } from '../domain-model/types.js';
import { addEdits, addSliceFiles, emptyPlan } from './foreign-plan.js';
import { appFileSpecifier, type ForeignProject } from './foreign-project.js';
import { foreignFields, foreignValueObjects, guardImports } from './foreign-fields.js';
import { registerSliceRoutes } from './register-routes.js';
import { renderSlice, type SliceTemplate } from './render-slice.js';
import { KERNEL_TEMPLATES, kernelFiles, sliceLayout } from './slice-layout.js';

function templatesFor(project: ForeignProject): SliceTemplate[] {
  const framework = project.profile.http.framework;
  const routed = framework === 'fastify' || framework === 'express';
  return [
    ...KERNEL_TEMPLATES,
    { template: 'foreign/aggregate/aggregate.ts.ejs', role: 'slice/aggregate' },
    { template: 'foreign/aggregate/repository.ts.ejs', role: 'slice/repository' },
    { template: 'foreign/aggregate/service.ts.ejs', role: 'slice/service' },
    { template: 'foreign/aggregate/input.ts.ejs', role: 'slice/input' },
    ...(routed ? [{ template: `foreign/aggregate/routes-${framework}.ts.ejs`, role: 'slice/routes' }] : []),
    ...(project.dialect ? [{ template: 'foreign/aggregate/aggregate.test.ts.ejs', role: 'test/aggregate' }] : []),
    ...(project.dialect && routed ? [{ template: 'foreign/aggregate/routes.test.ts.ejs', role: 'test/routes' }] : []),
  ];
}

export async function planForeignAggregates(
  project: ForeignProject,
  aggregates: readonly Aggregate[],
  folder?: string,
): Promise<AggregatePlan> {
  const plan = emptyPlan();
  for (const aggregate of aggregates) {
    const { names } = aggregate;
    const slice = project.slice(names.kebab, aggregates.length === 1 ? folder : folder && `${folder}/${names.kebab}`);
    const k = names.kebab;
    const layout = sliceLayout(
      slice,
      { aggregate: k, repository: `${k}-repository`, service: `${k}-service`, input: `${k}-input`, routes: `${k}-routes` },
      { aggregate: k, routes: `${k}-routes` },
    );
    const fields = foreignFields(aggregate);
    const valueObjects = foreignValueObjects(aggregate);
    const files = await renderSlice({
      templates: templatesFor(project),
      layout,
      paths: project.paths,
      format: slice.format,
      aliasedRoles: new Set(project.testsUseAlias ? ['test/aggregate', 'test/routes'] : []),
      data: {
        names,
        fields,
        valueObjects,
        guardImports: guardImports(fields, valueObjects),
        events: aggregate.events.map((event) => event.names.pascal).filter((event) => ![`${names.pascal}Created`, `${names.pascal}Updated`, `${names.pascal}Deleted`].includes(event)),
        description: aggregate.description,
        framework: project.profile.http.framework,
        t: project.dialect,
      },
    });
    const changed = addSliceFiles(plan, project, { name: names.pascal, files, shared: kernelFiles(layout) });
    const routes = layout.get('slice/routes') as string;
    if (changed && slice.routes && files.has(routes)) {
      const instanceFile = slice.routes.file;
      const before = new Map([[instanceFile, plan.edited.find((c) => c.path === instanceFile)?.after ?? project.read(instanceFile) ?? '']]);
      const symbols = { fastify: `${names.camel}Routes`, express: `${names.camel}Router`, prefix: `/${names.pluralKebab}` };
      const edit = registerSliceRoutes(slice.routes, routes, symbols, appFileSpecifier(project));
      addEdits(plan, before, applyEdits(before, [edit]));
    }
  }
  return plan;
}
