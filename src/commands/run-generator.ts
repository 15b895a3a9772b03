/** Runs one of our bundled generators in a fresh yeoman-environment. */
import { createEnv } from 'yeoman-environment';

export interface GeneratorRun {
  cwd: string;
  namespace: `agent-backend:${string}`;
  skipInstall: boolean;
  force: boolean;
  options: Record<string, unknown>;
}

export async function runGenerator(generator: unknown, run: GeneratorRun): Promise<void> {
  const env = createEnv({ cwd: run.cwd, skipInstall: run.skipInstall, force: run.force });
  env.register(generator, { namespace: run.namespace });
  const instance = await env.create(run.namespace, {
    generatorArgs: [],
    generatorOptions: run.options,
  });
  await env.runGenerator(instance);
}
