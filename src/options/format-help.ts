/** `--help` text, built from the option declarations. */
import { COMMANDS, type CommandDeclaration, type CommandName, type OptionDeclaration } from './declarations.js';

function optionLabel(option: OptionDeclaration): string {
  const short = option.short ? `-${option.short}, ` : '    ';
  const value = option.type === 'string' ? ` <${option.choices?.join('|') ?? option.placeholder ?? 'value'}>` : '';
  return `${short}--${option.name}${value}${option.multiple ? ' (repeatable)' : ''}`;
}

export function formatHelp(command: CommandName): string {
  const declaration: CommandDeclaration = COMMANDS[command];
  const labels = declaration.options.map(optionLabel);
  const width = Math.max(...labels.map((l) => l.length)) + 2;
  const lines = [`Usage: ${declaration.usage}`, '', `  ${declaration.summary}`, ''];
  if (declaration.positionals.length > 0) {
    lines.push('Arguments:');
    for (const p of declaration.positionals) lines.push(`  ${p.name.padEnd(width - 2)}${p.description}`);
    lines.push('');
  }
  lines.push('Options:');
  declaration.options.forEach((option, i) => lines.push(`  ${(labels[i] ?? '').padEnd(width)}${option.description}`));
  lines.push('', 'Examples:', ...declaration.examples.map((e) => `  ${e}`));
  if (declaration.options.some((o) => o.name === 'spec')) {
    lines.push(
      '',
      'Spec discovery without --spec: ./backend-developer.md, .claude/agents/backend-developer.md,',
      'agents/backend-developer.md, else the spec bundled with this package.',
    );
  }
  if (command === 'create') {
    lines.push('', 'Subcommands (agent-backend <command> --help):');
    for (const name of ['aggregate', 'add', 'explain', 'doctor'] as const) lines.push(`  ${name.padEnd(11)}${COMMANDS[name].summary}`);
  }
  lines.push('', 'Exit codes: 0 done, 1 bad input (the message names the file, line and fix), 2 internal error.');
  return lines.join('\n');
}

/** `agent-backend --help`: its commands, each with its summary. */
export function formatCommandsHelp(): string {
  const commands: [string, string][] = [
    ['create [dir]', `${COMMANDS.create.summary} (as create-agent-backend)`],
    ...(['aggregate', 'add', 'explain', 'doctor'] as const).map((name): [string, string] => [name, COMMANDS[name].summary]),
  ];
  const width = Math.max(...commands.map(([name]) => name.length)) + 2;
  return [
    'Usage: agent-backend <command> [options]',
    '',
    'Commands:',
    ...commands.map(([name, summary]) => `  ${name.padEnd(width)}${summary}`),
    '',
    'agent-backend <command> --help shows the options of one command; --version prints the version.',
    '',
    'Exit codes: 0 done, 1 bad input (the message names the file, line and fix), 2 internal error.',
  ].join('\n');
}
