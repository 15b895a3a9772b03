/**
 * The bin: argv → command → (for generators) yeoman-environment. Exit codes: 0 done,
 * 1 bad input (one line naming the file, line and fix), 2 internal error.
 */
import { isInputError } from './errors.js';
import { formatCommandsHelp, formatHelp } from './options/format-help.js';
import { parseCommandLine, programRequest, type CommandLine } from './options/parse-command-line.js';
import { packageVersion } from './package-root.js';

export interface CliIo {
  cwd: string;
  stdinIsTTY: boolean;
  out: (text: string) => void;
  err: (text: string) => void;
}

/**
 * A reader that stops early (`… | head`) closes our stdout: the rest of the listing is dropped,
 * and the command still finishes its work instead of crashing half-way through writing files.
 */
let ignoringClosedStdout = false;

function ignoreClosedStdout(): void {
  // a flag, not a look at stdout's listeners: a worker thread (the formatter) adds one of its own
  if (ignoringClosedStdout) return;
  ignoringClosedStdout = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

function defaultIo(): CliIo {
  ignoreClosedStdout();
  return {
    cwd: process.cwd(),
    stdinIsTTY: process.stdin.isTTY === true,
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  };
}

export async function main(
  argv: readonly string[],
  bin: 'create-agent-backend' | 'agent-backend',
  io: CliIo = defaultIo(),
): Promise<number> {
  try {
    const request = programRequest(argv, bin);
    if (request !== undefined) {
      io.out(request === 'version' ? packageVersion() : formatCommandsHelp());
      return 0;
    }
    const commandLine = parseCommandLine(argv, bin);
    if (commandLine.flags.help === true) {
      io.out(formatHelp(commandLine.command));
      return 0;
    }
    await run(commandLine, io);
    return 0;
  } catch (error) {
    if (isInputError(error)) {
      io.err(`error: ${error.message}`);
      return 1;
    }
    io.err(`internal error: ${error instanceof Error ? (process.env.DEBUG ? error.stack : error.message) : String(error)}`);
    io.err('This is a bug in create-agent-backend; run again with DEBUG=1 for the stack trace.');
    return 2;
  }
}

async function run(commandLine: CommandLine, io: CliIo): Promise<void> {
  switch (commandLine.command) {
    case 'explain': {
      const { runExplain } = await import('./commands/explain.js');
      return runExplain(commandLine, io);
    }
    case 'create': {
      const { runCreate } = await import('./commands/create.js');
      return runCreate(commandLine, io);
    }
    case 'aggregate': {
      const { runAggregate } = await import('./commands/aggregate.js');
      return runAggregate(commandLine, io);
    }
    case 'doctor': {
      const { runDoctor } = await import('./commands/doctor.js');
      return runDoctor(commandLine, io);
    }
    case 'add': {
      const { runAdd } = await import('./commands/add.js');
      return runAdd(commandLine, io);
    }
  }
}

export { useCompileCache } from './compile-cache.js';
export { skipOptimizingCompiler } from './jit-tiers.js';
export { startFormatWorkerEarly } from './generate/background-format.js';
