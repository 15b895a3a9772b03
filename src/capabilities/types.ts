/**
 * What a capability (`agent-backend add <name>`) is made of, as data: the files it brings (its
 * template folders), the packages and settings it needs, and the few structural edits that wire
 * it into the composition root, the configuration and the entry points of the service.
 */
import type { ServiceDatabase } from '../generate/render.js';
import type { EnvVariable } from '../ast/env-file-edits.js';

/** Every capability `add` knows by name; src/capabilities/registry.ts says which this version builds. */
export const CAPABILITY_NAMES = [
  'postgres',
  'event-bus',
  'queue',
  'cache',
  'websocket',
  'auth',
  'llm',
  'observability',
] as const;
export type CapabilityName = (typeof CAPABILITY_NAMES)[number];

/** A value read from the environment: a member of `Config`, read by `loadConfig`. */
export interface Setting extends EnvVariable {
  /** the member of Config (`redisUrl`) */
  key: string;
  /** its type (`string | undefined`) */
  type: string;
  /** the expression `loadConfig` reads it with (`optionalUrl(env, 'REDIS_URL', ['redis:'])`) */
  read: string;
  /** config.ts helpers `read` calls that the base service does not have (names in config-helpers.ts) */
  helpers?: readonly string[];
  /** imports config.ts needs for `type`, `read` or the helpers */
  imports?: readonly ImportNeed[];
}

/** An import a wiring edit needs; added only when the edit inserted something. */
export interface ImportNeed {
  from: string;
  names: readonly string[];
  typeOnly?: boolean;
}

interface Edit {
  /** relative to the service root */
  file: string;
  imports?: readonly ImportNeed[];
}

/**
 * The edits a capability makes to existing files. Each finds its place by structure and inserts
 * only what is missing (see docs/ast-edits.md).
 */
export type Wiring =
  /** `name?: type` in an interface (`BootstrapOptions`) */
  | (Edit & { kind: 'type-member'; type: string; name: string; memberType: string; optional?: boolean; readonly?: boolean })
  /** a statement in a function body, placed before/after a `const` it names, or before/after a statement calling a function */
  | (Edit & {
      kind: 'statement';
      function: string;
      statement: string;
      /** how to recognise it is there: the const it declares, or text it contains */
      present: { declares: string } | { mentions: string };
      /** `beforeCall: 'registerOpenApi'`: above the statement `await registerOpenApi(app);` */
      place: { before: string } | { after: string } | { beforeCall: string } | { afterCall: string };
    })
  /**
   * a statement in the `{ … }` body of a function-valued property of the object a function returns (`close`):
   * before its last statement, or after the statement mentioning `after`
   */
  | (Edit & {
      kind: 'returned-function-statement';
      function: string;
      property: string;
      statement: string;
      mentions: string;
      after?: string;
    })
  /** a property of the object a function returns */
  | (Edit & { kind: 'returned-property'; function: string; name: string; initializer: string })
  /** the value of a property of the object a function returns, passed through a call */
  | (Edit & { kind: 'wrap-returned-property'; function: string; name: string; callee: string; extraArguments: readonly string[] })
  /**
   * a property of the object literal passed to a call (`bootstrap({ … })` in main.ts); `firstArgument`
   * picks the call by its first argument (`app.register(swagger, { … })`), `path` goes down nested
   * object literals (`['openapi']`: the property goes into `openapi: { … }` of that argument)
   */
  | (Edit & {
      kind: 'call-argument-property';
      callee: string;
      firstArgument?: string;
      path?: readonly string[];
      name: string;
      initializer: string;
    })
  /** the value of a property of the object passed to `new ClassName({ … })`, passed through a call (`eventHandlers` of `new MessageBus`) */
  | (Edit & { kind: 'wrap-constructor-property'; className: string; name: string; wrapper: string; extraArguments: readonly string[] })
  /** one argument of `new ClassName(…)` swapped, only while it is still what the generator wrote */
  | (Edit & { kind: 'replace-constructor-argument'; className: string; index: number; from: string; to: string })
  /** a statement in a top-level function, after the last similar call or before its return */
  | (Edit & { kind: 'call-statement'; function: string; statement: string; callee: string; firstArgument?: string });

export interface StackEntry {
  /** what the Python spec names */
  spec: string;
  /** what the service uses */
  choice: string;
  files: readonly string[];
}

export interface CapabilityDefinition {
  name: CapabilityName;
  /** one line for `--help` and the README */
  summary: string;
  /** folders under templates/capabilities rendered into the service (a database overlay in `<folder>/<db>/` replaces same paths) */
  templates: readonly string[];
  /** package names (their ranges come from src/stack/versions.ts) */
  dependencies: readonly string[];
  devDependencies?: readonly string[];
  scripts?: Readonly<Record<string, string>>;
  /** npm 11 `allowScripts` entries: packages whose install scripts run (true) or are known and skipped (false) */
  allowScripts?: Readonly<Record<string, boolean>>;
  settings: readonly Setting[];
  wiring: readonly Wiring[];
  stack: readonly StackEntry[];
  /** a section of the service's README (how to use it), added when no heading of that name is there */
  readme?: { heading: string; body: string };
  /** migrations it adds, by the name after the number (`create_processed_messages`) */
  migrations?: readonly string[];
  /** databases it supports; all when absent */
  databases?: readonly ServiceDatabase[];
}
