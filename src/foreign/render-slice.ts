/**
 * Renders a slice's templates (templates/foreign/<group>/, or a capability's own) into a foreign repository's layout:
 * each template names its role, each `from(role)` becomes the specifier the repository would
 * write, and every file is formatted with the repository's prettier options (or its code style).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ejs from 'ejs';
import { formatAsPrettier } from '../generate/format.js';
import { packageRoot } from '../package-root.js';
import type { SlicePlan } from '../project/slice-plan.js';
import type { ModulePaths } from './module-paths.js';
import type { SliceLayout } from './slice-layout.js';

export interface SliceTemplate {
  /** path under templates/ (the foreign slices' own under foreign/) */
  template: string;
  /** role in the layout: where it goes */
  role: string;
}

export interface RenderRequest {
  templates: readonly SliceTemplate[];
  layout: SliceLayout;
  paths: ModulePaths;
  format: SlicePlan['format'];
  /** roles whose imports of other files go through the tsconfig alias (tests that import that way) */
  aliasedRoles?: ReadonlySet<string>;
  data: Record<string, unknown>;
}

/**
 * A verbatim template's relative imports (`'./errors.js'`, `'../../application/llm/x.js'`) name
 * files that land in the same folder here: each becomes the specifier the repository writes.
 */
function fitRelativeSpecifiers(source: string, target: string, request: RenderRequest): string {
  return source.replace(/from '\.{1,2}\/(?:[\w.-]+\/)*([\w-]+)\.js'/gu, (_, stem: string) => {
    const file = join(target, '..', `${stem}.ts`).replaceAll('\\', '/');
    return `from '${request.paths.specifier(target, file)}'`;
  });
}

function pathOf(layout: SliceLayout, role: string): string {
  const path = layout.get(role);
  if (path === undefined) throw new Error(`no file for role ${role} in this slice`);
  return path;
}

export async function renderSlice(request: RenderRequest): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const { template, role } of request.templates) {
    const target = pathOf(request.layout, role);
    const file = join(packageRoot(), 'templates', template);
    const source = readFileSync(file, 'utf8');
    const alias = request.aliasedRoles?.has(role) === true;
    const from = (toRole: string): string => request.paths.specifier(target, pathOf(request.layout, toRole), { alias });
    const text = template.endsWith('.ejs')
      ? ejs.render(source, { ...request.data, from }, { filename: file })
      : fitRelativeSpecifiers(source, target, request);
    files.set(target, await formatAsPrettier(target, text, request.format.options));
  }
  return files;
}
