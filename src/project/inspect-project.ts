/** Looks at a repository and describes it: one question per module, answers with evidence. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { inferCodeStyle } from './code-style.js';
import { detectEslint } from './eslint-config.js';
import { isGeneratedByUs } from './generated-by-us.js';
import { detectHttpFramework } from './http-framework.js';
import { detectImportExtension } from './import-extension.js';
import { isTestFile, isTypeScriptSource, listFiles } from './list-files.js';
import { detectModuleSystem } from './module-system.js';
import { detectOrm } from './orm.js';
import { readPackageJson } from './package-json.js';
import { detectPackageManager } from './package-manager.js';
import { detectPrettier } from './prettier-config.js';
import type { ProjectProfile } from './profile.js';
import { detectSourceFolder } from './source-folder.js';
import { detectTestLayout } from './test-layout.js';
import { detectTestRunner } from './test-runner.js';
import { readTsconfig } from './tsconfig.js';
import { detectWorkspace } from './workspace.js';

export async function inspectProject(dir: string): Promise<ProjectProfile> {
  const root = path.resolve(dir);
  const pkg = readPackageJson(root);
  const tsconfig = readTsconfig(root);
  const files = listFiles(root);
  const source = detectSourceFolder(files, tsconfig);
  const sourceFiles = files.filter(
    (file) => isTypeScriptSource(file) && !isTestFile(file) && isInside(file, source.folder),
  );
  const workspace = detectWorkspace(root);
  const moduleSystem = detectModuleSystem(pkg, tsconfig);
  const importExtension = detectImportExtension(
    root,
    sourceFiles,
    moduleSystem.system,
    tsconfig?.moduleResolution ?? tsconfig?.module,
  );
  const eslint = detectEslint(root, pkg);
  const prettier = await detectPrettier(root, source.folder);
  const codeStyle = inferCodeStyle(root, sourceFiles);
  return {
    dir: root,
    ...(pkg?.name ? { name: pkg.name } : {}),
    hasPackageJson: existsSync(path.join(root, 'package.json')),
    usesTypeScript: tsconfig !== undefined || pkg?.dependencies.typescript !== undefined,
    generatedByUs: isGeneratedByUs(root),
    workspace,
    ...(tsconfig ? { tsconfig } : {}),
    modules: {
      system: moduleSystem.system,
      importExtension: importExtension.extension,
      evidence: [...moduleSystem.evidence, ...importExtension.evidence],
    },
    source,
    tests: mergeTests(detectTestRunner(root, pkg), detectTestLayout(files, source.folder)),
    http: detectHttpFramework(root, pkg, sourceFiles),
    orm: detectOrm(root, pkg),
    packageManager: detectPackageManager(root, pkg, workspace.root),
    formatting: {
      ...(prettier.prettier ? { prettier: prettier.prettier } : {}),
      ...(codeStyle.options ? { inferred: codeStyle.options } : {}),
      ...(eslint.eslint ? { eslint: eslint.eslint } : {}),
      evidence: [...prettier.evidence, ...codeStyle.evidence, ...eslint.evidence],
    },
  };
}

function isInside(file: string, folder: string): boolean {
  return folder === '.' || file.startsWith(`${folder}/`);
}

function mergeTests(
  runner: ReturnType<typeof detectTestRunner>,
  layout: ReturnType<typeof detectTestLayout>,
): ProjectProfile['tests'] {
  return { ...runner, ...layout, evidence: [...runner.evidence, ...layout.evidence] };
}
