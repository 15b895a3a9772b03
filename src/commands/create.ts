/** `create-agent-backend [dir]`: runs the app generator in a Yeoman environment. */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import AppGenerator from '../../generators/app/index.js';
import { checkPositionals, type AppOptions } from '../create/app-options.js';
import { isInputError } from '../errors.js';
import type { CliIo } from '../cli.js';
import type { CommandLine } from '../options/parse-command-line.js';
import { runGenerator } from './run-generator.js';

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
    await runGenerator(AppGenerator, {
      cwd: io.cwd,
      namespace: 'agent-backend:app',
      skipInstall: flags['skip-install'] === true,
      force: flags.force === true,
      options: {
        commandLine: {
          ...(commandLine.positionals[0] ? { dir: commandLine.positionals[0] } : {}),
          flags,
          interactive: io.stdinIsTTY && flags.yes !== true,
        },
        onResolved: (resolved: AppOptions) => {
          app = resolved;
        },
      },
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
