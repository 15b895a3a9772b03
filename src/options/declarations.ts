/**
 * Every option of every command, declared once. The parser, `--help` and the generators'
 * prompts all read these declarations.
 */
import { builtCapabilityNames } from '../capabilities/registry.js';

export interface OptionDeclaration {
  readonly name: string;
  readonly type: 'string' | 'boolean';
  readonly description: string;
  readonly short?: string;
  readonly multiple?: boolean;
  readonly choices?: readonly string[];
  readonly placeholder?: string;
}

export interface CommandDeclaration {
  readonly name: CommandName;
  readonly summary: string;
  readonly usage: string;
  readonly positionals: readonly { name: string; description: string; required: boolean }[];
  readonly options: readonly OptionDeclaration[];
  readonly examples: readonly string[];
}

export type CommandName = 'create' | 'aggregate' | 'add' | 'explain' | 'doctor';

export const DATABASES = ['sqlite', 'libsql', 'postgres'] as const;
export type Database = (typeof DATABASES)[number];

export { CAPABILITY_NAMES } from '../capabilities/types.js';

const help: OptionDeclaration = { name: 'help', short: 'h', type: 'boolean', description: 'show this help and exit' };
const spec: OptionDeclaration = {
  name: 'spec',
  type: 'string',
  placeholder: 'file',
  description: 'agent spec, Markdown + front matter (default: discovered, see below)',
};
/** Only in a repository the tool did not create: a generated service has its layout. */
const inFolder: OptionDeclaration = {
  name: 'in',
  type: 'string',
  placeholder: 'folder',
  description: 'folder of the new slice, in a repository the tool did not create (default: <source>/<name>)',
};

const domain: OptionDeclaration = {
  name: 'domain',
  type: 'string',
  placeholder: 'file',
  description: 'domain file (Markdown + YAML front matter); default: the prompt-catalogue example',
};
const dryRun: OptionDeclaration = {
  name: 'dry-run',
  type: 'boolean',
  description: 'print what would be created or changed, write nothing',
};
const force: OptionDeclaration = {
  name: 'force',
  type: 'boolean',
  description: 'write into a non-empty folder / overwrite changed files without asking',
};
const yes: OptionDeclaration = {
  name: 'yes',
  short: 'y',
  type: 'boolean',
  description: 'take every default, ask nothing (implied when stdin is not a terminal)',
};

export const COMMANDS: Record<CommandName, CommandDeclaration> = {
  create: {
    name: 'create',
    summary: 'generate a new DDD service from an agent spec and a domain file',
    usage: 'create-agent-backend [dir] [options]',
    positionals: [{ name: 'dir', description: 'target folder; its name becomes the package name', required: false }],
    options: [
      spec,
      domain,
      { name: 'db', type: 'string', choices: DATABASES, placeholder: 'kind', description: 'database (default: sqlite)' },
      {
        name: 'features',
        type: 'string',
        placeholder: 'list',
        description: 'capabilities to add, comma-separated, or none (default: those the spec names; list: add --help)',
      },
      yes,
      dryRun,
      force,
      { name: 'skip-install', type: 'boolean', description: 'do not run npm install' },
      { name: 'skip-git', type: 'boolean', description: 'do not create a git repository' },
      help,
    ],
    examples: [
      'npm create agent-backend@latest my-service',
      'npx create-agent-backend my-service --yes --skip-install',
      'npx create-agent-backend shop --domain examples/domains/ordering.md --dry-run',
      'npx create-agent-backend shop --db postgres --features cache',
    ],
  },
  aggregate: {
    name: 'aggregate',
    summary: 'add an aggregate (domain, persistence, routes, tests) to a service, or a slice to any TypeScript repo',
    usage: 'agent-backend aggregate <Name> [--field name:type[:modifier…]]… [options]',
    positionals: [{ name: 'Name', description: 'aggregate name in PascalCase', required: false }],
    options: [
      {
        name: 'field',
        type: 'string',
        multiple: true,
        placeholder: 'name:type[:mod…]',
        description: 'a field, e.g. amount:money or status:enum(draft|sent):default=draft',
      },
      { name: 'ref', type: 'string', multiple: true, placeholder: 'name:Aggregate', description: 'a reference by id' },
      { name: 'event', type: 'string', multiple: true, placeholder: 'Name', description: 'a domain event it raises' },
      { name: 'from', type: 'string', placeholder: 'file', description: 'add every aggregate of a domain file' },
      inFolder,
      dryRun,
      force,
      yes,
      help,
    ],
    examples: [
      'npx agent-backend aggregate Invoice --field number:string:unique --field amount:money --ref customer:Customer',
      'npx agent-backend aggregate --from examples/domains/ordering.md',
    ],
  },
  add: {
    name: 'add',
    summary: 'add a capability to a service (to any TypeScript repo: llm, cache)',
    usage: 'agent-backend add <capability> [options]',
    positionals: [{ name: 'capability', description: builtCapabilityNames().join(', '), required: true }],
    options: [inFolder, dryRun, force, yes, help],
    examples: ['npx agent-backend add event-bus', 'npx agent-backend add llm --in src/ai   # in a repository the tool did not create'],
  },
  explain: {
    name: 'explain',
    summary: 'show what a spec asks for, what it becomes in TypeScript, and what is not implemented',
    usage: 'agent-backend explain [--spec file] [--domain file] [--json]',
    positionals: [],
    options: [spec, { ...domain, description: 'also list the aggregates of this domain file' }, { name: 'json', type: 'boolean', description: 'print the report as JSON' }, help],
    examples: [
      'npx agent-backend explain',
      'npx agent-backend explain --spec .claude/agents/backend-developer.md --domain domain.md --json',
    ],
  },
  doctor: {
    name: 'doctor',
    summary: 'show what this repository looks like to the tool and what aggregate/add would do here',
    usage: 'agent-backend doctor [--in folder] [--json]',
    positionals: [],
    options: [
      inFolder,
      { name: 'json', type: 'boolean', description: 'print the profile as JSON' },
      help,
    ],
    examples: ['npx agent-backend doctor', 'npx agent-backend doctor --json'],
  },
};
