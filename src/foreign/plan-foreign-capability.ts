/**
 * `add <capability>` in a repository the tool did not create. Only capabilities that stand on
 * their own are offered here — `llm`: the TextGenerator port, its fake and the LangChain.js
 * adapter (the same files a generated service gets), settings from the environment, routes on
 * the repository's Fastify or Express, tests. The others are wired into a generated service's
 * composition root and config; here they exit 1 and say so.
 */
import type { AggregatePlan } from '../aggregate/plan-aggregates.js';
import { applyEdits, textEdit, type FileEdit } from '../ast/apply-edits.js';
import { packageRange } from '../capabilities/wiring-edits.js';
import { setJsonValue } from '../ast/json-edits.js';
import { InputError } from '../errors.js';
import { addEdits, addSliceFiles, emptyPlan } from './foreign-plan.js';
import { appFileUsesAlias, type ForeignProject } from './foreign-project.js';
import { registerRoutes } from './register-routes.js';
import { renderSlice, type SliceTemplate } from './render-slice.js';
import { KERNEL_FILES, sliceLayout } from './slice-layout.js';

export const FOREIGN_CAPABILITIES = ['llm'] as const;

const LLM_SOURCE = 'capabilities/llm/src';

/** role → [template, file stem]; verbatim files keep their stems: their imports name them. */
const LLM_MODULES: Record<string, [string, string]> = {
  'text-generator': [`${LLM_SOURCE}/application/llm/text-generator.ts`, 'text-generator'],
  // its own copy: the service's uses ErrorOptions (lib ES2022), which older targets lack
  'text-generation-errors': ['foreign/llm/text-generation-errors.ts', 'text-generation-errors'],
  fake: [`${LLM_SOURCE}/infrastructure/llm/fake-text-generator.ts`, 'fake-text-generator'],
  langchain: [`${LLM_SOURCE}/infrastructure/llm/langchain-text-generator.ts`, 'langchain-text-generator'],
  openai: [`${LLM_SOURCE}/infrastructure/llm/openai-chat-models.ts`, 'openai-chat-models'],
  factory: [`${LLM_SOURCE}/infrastructure/llm/text-generator-factory.ts`, 'text-generator-factory'],
  settings: ['foreign/llm/llm-settings.ts', 'llm-settings'],
  'completion-input': ['foreign/llm/completion-input.ts.ejs', 'completion-input'],
  'gateway-problem': ['foreign/llm/gateway-problem.ts.ejs', 'gateway-problem'],
};

const LLM_DEPENDENCIES = ['@langchain/core', '@langchain/openai'];

/**
 * Adds the missing dependencies (a range the user has is theirs); a sorted list stays sorted, as
 * npm keeps it, so the diff adds lines and changes none.
 */
function withDependencies(text: string, names: readonly string[]): string {
  const current = ((JSON.parse(text) as { dependencies?: Record<string, string> }).dependencies ?? {});
  const missing = names.filter((name) => current[name] === undefined);
  if (missing.length === 0) return text;
  const keys = Object.keys(current);
  const sorted = keys.every((key, index) => index === 0 || (keys[index - 1] as string).localeCompare(key) <= 0);
  const merged = { ...current, ...Object.fromEntries(missing.map((name) => [name, packageRange(name)])) };
  const ordered = sorted ? Object.fromEntries(Object.entries(merged).sort(([a], [b]) => a.localeCompare(b))) : merged;
  return setJsonValue(text, 'package.json', ['dependencies'], ordered);
}

function capabilityName(positionals: readonly string[]): string {
  const [name, ...rest] = positionals;
  if (name === undefined || rest.length > 0) throw new InputError(`name one capability — e.g. agent-backend add llm`);
  if (!(FOREIGN_CAPABILITIES as readonly string[]).includes(name)) {
    throw new InputError(
      `${name} cannot be added to a repository the tool did not create (no .yo-rc.json here): it is wired into a generated service's composition root — here: ${FOREIGN_CAPABILITIES.join(', ')}`,
    );
  }
  return name;
}

export async function planForeignCapability(
  project: ForeignProject,
  positionals: readonly string[],
  folder?: string,
): Promise<{ plan: AggregatePlan; addsDependencies: boolean }> {
  const name = capabilityName(positionals);
  const framework = project.profile.http.framework;
  const routed = framework === 'fastify' || framework === 'express';
  const slice = project.slice(name, folder);
  const layout = sliceLayout(
    slice,
    { ...Object.fromEntries(Object.entries(LLM_MODULES).map(([role, [, stem]]) => [role, stem])), routes: 'llm-routes' },
    { llm: 'llm', routes: 'llm-routes' },
  );
  const templates: SliceTemplate[] = [
    ...KERNEL_FILES.map((file) => ({ template: `foreign/kernel/${file}.ts`, role: `kernel/${file}` })),
    ...Object.entries(LLM_MODULES).map(([role, [template]]) => ({ template, role: `slice/${role}` })),
    ...(routed ? [{ template: `foreign/llm/routes-${framework}.ts.ejs`, role: 'slice/routes' }] : []),
    ...(project.dialect ? [{ template: 'foreign/llm/llm.test.ts.ejs', role: 'test/llm' }] : []),
    ...(project.dialect && routed ? [{ template: 'foreign/llm/routes.test.ts.ejs', role: 'test/routes' }] : []),
  ];
  const files = await renderSlice({
    templates,
    layout,
    paths: project.paths,
    format: slice.format,
    aliasedRoles: new Set(project.testsUseAlias ? ['test/llm', 'test/routes'] : []),
    data: { framework, t: project.dialect },
  });
  const plan = emptyPlan();
  const kernel = new Set([...layout].filter(([role]) => role.startsWith('kernel/')).map(([, file]) => file));
  const changed = addSliceFiles(plan, project, { name, files, shared: kernel });
  const before = new Map([['package.json', project.read('package.json') ?? '{}']]);
  const edits: FileEdit[] = [
    textEdit('package.json', (text) => withDependencies(text, LLM_DEPENDENCIES)),
  ];
  const routes = layout.get('slice/routes') as string;
  if (changed && slice.routes && files.has(routes)) {
    const instanceFile = slice.routes.file;
    before.set(instanceFile, project.read(instanceFile) ?? '');
    edits.push(
      registerRoutes({
        instance: slice.routes,
        symbol: slice.routes.kind === 'fastify' ? 'llmRoutes' : 'llmRouter',
        from: project.paths.specifier(instanceFile, routes, { alias: appFileUsesAlias(project, instanceFile) }),
        prefix: '/llm',
      }),
    );
  }
  const edited = applyEdits(before, edits);
  addEdits(plan, before, edited);
  return { plan, addsDependencies: edited.has('package.json') };
}
