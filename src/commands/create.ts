/**
 * `create-agent-backend [dir]`: with a person at the terminal, the app generator in a Yeoman
 * environment (it asks); otherwise the same plan written without loading Yeoman.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { checkPositionals, type AppOptions } from '../create/app-options.js';
import { createDirectly } from '../create/create-directly.js';
import { InputError, isInputError } from '../errors.js';
import type { CliIo } from '../cli.js';
import type { CommandLine } from '../options/parse-command-line.js';

export async function runCreate(commandLine: CommandLine, io: CliIo): Promise<void> {
  checkPositionals(commandLine.positionals);
  const { flags } = commandLine;
  let app: AppOptions | undefined;
  const removeWhatWeMade = (): void => {
    if (app && !app.targetExisted && existsSync(app.targetDir)) rmSync(app.targetDir, { recursive: true, force: true });
  };
  const onInterrupt = (): void => {
    removeWhatWeMade();
    io.err('Interrupted: nothing was kept.');
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
  try {
    const dir = commandLine.positionals[0];
    if (dir !== undefined && dir.trim() === '') throw new InputError('the folder name is empty — give <dir>, e.g. my-service');
    const onResolved = (resolved: AppOptions): void => {
      app = resolved;
    };
    const interactive = io.stdinIsTTY && flags.yes !== true;
    if (!interactive) {
      await createDirectly({ cwd: io.cwd, ...(dir ? { dir } : {}), flags, log: io.out, onResolved });
      return;
    }
    const { default: AppGenerator } = await import('../../generators/app/index.js');
    const { runGenerator } = await import('./run-generator.js');
    await runGenerator(AppGenerator, {
      cwd: io.cwd,
      namespace: 'agent-backend:app',
      skipInstall: flags['skip-install'] === true,
      force: flags.force === true,
      options: { commandLine: { ...(dir ? { dir } : {}), flags, interactive }, onResolved },
    });
  } catch (error) {
    if (app && !app.targetExisted && existsSync(app.targetDir) && readdirSync(app.targetDir).length === 0) {
      removeWhatWeMade();
    } else if (app && existsSync(app.targetDir) && !isInputError(error)) {
      io.err(`The files were written to ${app.targetDir}, but a later step failed.`);
    }
    throw error;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
}
