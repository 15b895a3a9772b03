/** Runs one of our bundled generators in a fresh yeoman-environment. */
import { QueuedAdapter } from '@yeoman/adapter';
import { createEnv } from 'yeoman-environment';

export interface GeneratorRun {
  cwd: string;
  namespace: `agent-backend:${string}`;
  skipInstall: boolean;
  force: boolean;
  options: Record<string, unknown>;
}

/**
 * Yeoman's adapter, without the line Yeoman logs when a task throws ("An error occured while
 * running …#initializing"): the CLI prints the error itself, as the one line bad input gets.
 */
function quietOnTaskErrors(): QueuedAdapter {
  const adapter = new QueuedAdapter();
  const log = adapter.log;
  const error = log.error.bind(log);
  log.error = ((...args: Parameters<typeof error>) =>
    typeof args[0] === 'string' && args[0].startsWith('An error occured while running') ? log : error(...args)) as typeof error;
  return adapter;
}

export async function runGenerator(generator: unknown, run: GeneratorRun): Promise<void> {
  const env = createEnv({ cwd: run.cwd, skipInstall: run.skipInstall, force: run.force, adapter: quietOnTaskErrors() });
  env.register(generator, { namespace: run.namespace });
  const instance = await env.create(run.namespace, {
    generatorArgs: [],
    generatorOptions: run.options,
  });
  await env.runGenerator(instance);
}
