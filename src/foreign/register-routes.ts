/**
 * Registers a slice's routes on the repository's own Fastify instance or Express app, through
 * the syntax tree: one statement after the last one that creates the instance or registers routes
 * on it (in the function that builds it, or at the top level) — so before a trailing 404 or error
 * handler — and the import. Present already → nothing changes.
 */
import { Node } from 'ts-morph';
import { sourceEdit, type SourceFileEdit } from '../ast/apply-edits.js';
import { ensureNamedImport } from '../ast/ensure-named-import.js';
import { ensureStatement, mentions, type StatementPredicate } from '../ast/ensure-statement.js';
import { functionBlock } from '../ast/find-function.js';
import { specifierStyleOf } from '../ast/module-specifiers.js';
import { InputError } from '../errors.js';
import type { AppInstance } from '../project/profile.js';

export interface RouteRegistration {
  instance: AppInstance;
  /** the exported plugin / router factory: `invoiceRoutes` */
  symbol: string;
  /** its module, as the instance's file imports it */
  from: string;
  /** URL path the routes live under: `/invoices` */
  prefix: string;
}

/**
 * A statement that uses the instance (`app.register(…)`, `await routes(server)`): not the return,
 * and not `listen` (Fastify takes no plugin once it listens).
 */
function usesInstance(variable: string): StatementPredicate {
  const word = new RegExp(`\\b${variable}\\b`, 'u');
  return (statement) => {
    const text = statement.getText();
    return !Node.isReturnStatement(statement) && word.test(text) && !/\.listen\(/u.test(text);
  };
}

/**
 * A statement that creates the instance or registers routes on it: `const app = …`,
 * `app.get(…)`, `app.register(…)`, `app.use('/path', …)`, `await routes(app)`. Not a bare
 * `app.use(handler)`: an app's last ones are usually its 404 and error handlers, which must stay
 * after every route.
 */
function registersOn(variable: string): StatementPredicate {
  const uses = usesInstance(variable);
  const route = new RegExp(`\\b${variable}\\.(?:get|post|put|patch|delete|head|options|all|route|register)\\(`, 'u');
  const mounted = new RegExp(`\\b${variable}\\.use\\(\\s*['"\`]`, 'u');
  const passed = new RegExp(`\\w\\([^)]*\\b${variable}\\b`, 'u');
  return (statement) => {
    if (!uses(statement)) return false;
    const text = statement.getText();
    const declares = Node.isVariableStatement(statement) && statement.getDeclarations().some((d) => d.getName() === variable);
    return declares || route.test(text) || mounted.test(text) || (!text.includes(`${variable}.`) && passed.test(text));
  };
}

/** The statement, quoted the way the file quotes (`quote`). */
function registrationStatement({ instance, symbol, prefix }: RouteRegistration, quote: string): string {
  const variable = instance.variable as string;
  const path = `${quote}${prefix}${quote}`;
  return instance.kind === 'fastify'
    ? `${variable}.register(${symbol}, { prefix: ${path} });`
    : `${variable}.use(${path}, ${symbol}());`;
}

/**
 * The registration of a slice's routes module on `instance`: the Fastify plugin or the Express
 * router factory, imported the way the instance's file imports (`alias`: through the tsconfig alias).
 */
export function registerSliceRoutes(
  instance: AppInstance,
  routesFile: string,
  symbols: { fastify: string; express: string; prefix: string },
  specifier: (from: string, to: string) => string,
): SourceFileEdit {
  return registerRoutes({
    instance,
    symbol: instance.kind === 'fastify' ? symbols.fastify : symbols.express,
    from: specifier(instance.file, routesFile),
    prefix: symbols.prefix,
  });
}

export function registerRoutes(registration: RouteRegistration): SourceFileEdit {
  const { instance, symbol, from } = registration;
  const variable = instance.variable;
  if (variable === undefined) {
    throw new InputError(
      `the ${instance.kind === 'fastify' ? 'Fastify instance' : 'Express app'} created on line ${instance.line} is not kept in a variable — assign it to a const, or register the routes by hand`,
      instance.file,
      instance.line,
    );
  }
  return sourceEdit(instance.file, (sourceFile) => {
    const block = instance.builder === undefined ? sourceFile : functionBlock(sourceFile, instance.builder);
    ensureStatement(block, {
      statement: registrationStatement(registration, specifierStyleOf(sourceFile).quote),
      isPresent: mentions(symbol),
      anchor: `a statement that uses ${variable} (where it was created on line ${instance.line})`,
      after: registersOn(variable),
    });
    ensureNamedImport(sourceFile, { from, names: [symbol] });
  });
}
