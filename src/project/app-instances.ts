/**
 * Where a Fastify instance, an Express app or an Express router is created, found by structure:
 * a call of the name bound to the `fastify`/`express` import (`Fastify(…)`, `fastify(…)`,
 * `express()`, `express.Router()`, `Router()`), with the variable it is assigned to and the
 * top-level function that builds it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Node, Project, SyntaxKind, type CallExpression, type SourceFile } from 'ts-morph';
import { dottedNameOf } from '../ast/call-predicates.js';
import type { AppInstance } from './profile.js';

type InstanceKind = AppInstance['kind'];
/** Callee text (`express.Router`) → what calling it creates, for one file's import names. */
type Callees = Map<string, InstanceKind>;

const MAX_FILES = 300;

export function findAppInstances(
  dir: string,
  sourceFiles: readonly string[],
  framework: 'fastify' | 'express',
): AppInstance[] {
  const project = new Project({ useInMemoryFileSystem: true });
  const instances: AppInstance[] = [];
  for (const file of sourceFiles.slice(0, MAX_FILES)) {
    const text = readFileSync(path.join(dir, file), 'utf8');
    if (!text.includes(framework)) continue;
    const sourceFile = project.createSourceFile(file, text, { overwrite: true });
    const callees = calleesOf(sourceFile, framework);
    if (callees.size === 0) continue;
    for (const call of sourceFile.getDescendantsOfKind(SyntaxKind.CallExpression)) {
      const kind = callees.get(dottedNameOf(call.getExpression()) ?? '');
      if (kind) instances.push(toInstance(file, call, kind));
    }
  }
  return instances;
}

/** The local names the file binds to the framework's module, and what calling each creates. */
function calleesOf(sourceFile: SourceFile, framework: 'fastify' | 'express'): Callees {
  const callees: Callees = new Map();
  const bind = (local: string, imported: string): void => {
    if (framework === 'fastify' && (imported === 'default' || imported === 'fastify')) callees.set(local, 'fastify');
    if (framework === 'express' && imported === 'default') {
      callees.set(local, 'express-app');
      callees.set(`${local}.Router`, 'express-router');
    }
    if (framework === 'express' && imported === 'Router') callees.set(local, 'express-router');
  };
  for (const declaration of sourceFile.getImportDeclarations()) {
    if (declaration.getModuleSpecifierValue() !== framework) continue;
    const defaultImport = declaration.getDefaultImport();
    if (defaultImport) bind(defaultImport.getText(), 'default');
    for (const named of declaration.getNamedImports()) {
      bind(named.getAliasNode()?.getText() ?? named.getName(), named.getName());
    }
  }
  for (const local of requiredNames(sourceFile, framework)) bind(local, 'default');
  return callees;
}

/** `import express = require('express')` and `const express = require('express')`. */
function requiredNames(sourceFile: SourceFile, framework: string): string[] {
  const names: string[] = [];
  for (const declaration of sourceFile.getDescendantsOfKind(SyntaxKind.ImportEqualsDeclaration)) {
    const reference = declaration.getModuleReference();
    if (Node.isExternalModuleReference(reference) && isString(reference.getExpression(), framework)) {
      names.push(declaration.getName());
    }
  }
  for (const declaration of sourceFile.getVariableDeclarations()) {
    const initializer = declaration.getInitializer();
    const requires =
      initializer && Node.isCallExpression(initializer) && dottedNameOf(initializer.getExpression()) === 'require';
    if (requires && isString(initializer.getArguments()[0], framework)) names.push(declaration.getName());
  }
  return names;
}

function isString(node: Node | undefined, value: string): boolean {
  return node !== undefined && Node.isStringLiteral(node) && node.getLiteralValue() === value;
}

function toInstance(file: string, call: CallExpression, kind: InstanceKind): AppInstance {
  const variable = assignedVariable(call);
  const builder = buildingFunction(call);
  return {
    kind,
    file,
    line: call.getStartLineNumber(),
    ...(variable ? { variable } : {}),
    ...(builder ? { builder } : {}),
  };
}

/** `const app = Fastify()`, `const app = await build()`, `app = express()`. */
function assignedVariable(call: CallExpression): string | undefined {
  let node: Node = call;
  let parent = node.getParent();
  while (
    parent &&
    (Node.isAwaitExpression(parent) ||
      Node.isParenthesizedExpression(parent) ||
      Node.isAsExpression(parent) ||
      Node.isSatisfiesExpression(parent))
  ) {
    node = parent;
    parent = node.getParent();
  }
  if (Node.isVariableDeclaration(parent)) return parent.getName();
  if (Node.isPropertyDeclaration(parent)) return parent.getName();
  if (Node.isBinaryExpression(parent) && parent.getRight() === node) return parent.getLeft().getText();
  return undefined;
}

/** The outermost named function around the call: `buildApp`, `createServer`, `AppFactory.create`. */
function buildingFunction(call: CallExpression): string | undefined {
  let name: string | undefined;
  for (const ancestor of call.getAncestors()) {
    if (Node.isFunctionDeclaration(ancestor) && ancestor.getName()) name = ancestor.getName();
    if (
      (Node.isArrowFunction(ancestor) || Node.isFunctionExpression(ancestor)) &&
      Node.isVariableDeclaration(ancestor.getParent())
    ) {
      name = ancestor.getParentIfKindOrThrow(SyntaxKind.VariableDeclaration).getName();
    }
    if (Node.isMethodDeclaration(ancestor)) {
      const owner = ancestor.getParent();
      name =
        Node.isClassDeclaration(owner) && owner.getName()
          ? `${owner.getName()}.${ancestor.getName()}`
          : ancestor.getName();
    }
  }
  return name;
}
