/**
 * Finding the object or array literal an edit adds to: the object a function returns, the value
 * of a top-level const, the value of a property of another object.
 */
import { Node, SyntaxKind, type ArrayLiteralExpression, type Block, type ObjectLiteralExpression, type SourceFile } from 'ts-morph';
import { anchorNotFound } from './anchor-error.js';
import { callsTo } from './call-predicates.js';
import { findFunction, functionBlock } from './find-function.js';
import { declaredNameOf } from './property-names.js';
import { unwrapExpression } from './unwrap-expression.js';

/** What a block-bodied function returns last, following `return deps` to `const deps = { … }` in the same body. */
function returnedValue(sourceFile: SourceFile, functionName: string): Node | undefined {
  const body = findFunction(sourceFile, functionName).getBody();
  if (!body) return undefined;
  if (!Node.isBlock(body)) return unwrapExpression(body);
  const lastReturn = body
    .getStatements()
    .filter((statement) => Node.isReturnStatement(statement))
    .at(-1);
  const returned = lastReturn?.getExpression();
  const value = returned && unwrapExpression(returned);
  if (value && Node.isIdentifier(value)) {
    const initializer = body.getVariableDeclaration(value.getText())?.getInitializer();
    return initializer && unwrapExpression(initializer);
  }
  return value;
}

export function returnedObjectOf(sourceFile: SourceFile, functionName: string): ObjectLiteralExpression {
  const value = returnedValue(sourceFile, functionName);
  if (value && Node.isObjectLiteralExpression(value)) return value;
  throw anchorNotFound(
    sourceFile,
    `an object literal returned by function ${functionName}`,
    value ?? findFunction(sourceFile, functionName),
  );
}

function topLevelValue(sourceFile: SourceFile, variableName: string): Node | undefined {
  const initializer = sourceFile.getVariableDeclaration(variableName)?.getInitializer();
  return initializer && unwrapExpression(initializer);
}

export function variableObjectLiteral(sourceFile: SourceFile, variableName: string): ObjectLiteralExpression {
  const value = topLevelValue(sourceFile, variableName);
  if (value && Node.isObjectLiteralExpression(value)) return value;
  throw anchorNotFound(sourceFile, `a top-level const ${variableName} set to an object literal { … }`, value);
}

export function variableArrayLiteral(sourceFile: SourceFile, variableName: string): ArrayLiteralExpression {
  const value = topLevelValue(sourceFile, variableName);
  if (value && Node.isArrayLiteralExpression(value)) return value;
  throw anchorNotFound(sourceFile, `a top-level const ${variableName} set to an array literal [ … ]`, value);
}

/** The object literal that is the value of `propertyName` in `object` (`repositories: { … }`). */
export function propertyObjectLiteral(object: ObjectLiteralExpression, propertyName: string): ObjectLiteralExpression {
  const property = object.getProperties().find((member) => declaredNameOf(member) === propertyName);
  const initializer = property && Node.isPropertyAssignment(property) ? property.getInitializer() : undefined;
  const value = initializer && unwrapExpression(initializer);
  if (value && Node.isObjectLiteralExpression(value)) return value;
  throw anchorNotFound(
    object.getSourceFile(),
    `a property ${propertyName} set to an object literal { … }`,
    property ?? object,
  );
}

/** The object literal a const declared directly in a function's body is set to (`const commandHandlers = { … }`). */
export function localObjectLiteral(
  sourceFile: SourceFile,
  functionName: string,
  variableName: string,
): ObjectLiteralExpression {
  const block = functionBlock(sourceFile, functionName);
  const initializer = block.getVariableDeclaration(variableName)?.getInitializer();
  const value = initializer && unwrapExpression(initializer);
  if (value && Node.isObjectLiteralExpression(value)) return value;
  throw anchorNotFound(
    sourceFile,
    `a const ${variableName} set to an object literal { … } in function ${functionName}`,
    value ?? block,
  );
}

/**
 * The object literal passed first to the first call of `callee` anywhere in the file
 * (`bootstrap({ … })`) or, given `firstArgument`, passed second to the first call of `callee`
 * with that first argument (`app.register(swagger, { … })`).
 */
export function callArgumentObject(sourceFile: SourceFile, callee: string, firstArgument?: string): ObjectLiteralExpression {
  const call = sourceFile.getDescendantsOfKind(SyntaxKind.CallExpression).find(callsTo(callee, firstArgument));
  const argument = call?.getArguments()[firstArgument === undefined ? 0 : 1];
  const value = argument && unwrapExpression(argument);
  if (value && Node.isObjectLiteralExpression(value)) return value;
  const shape = firstArgument === undefined ? `${callee}({ … })` : `${callee}(${firstArgument}, { … })`;
  throw anchorNotFound(sourceFile, `a call ${shape} with an object literal argument`, call);
}

/** The object literal at `path` under `object`: `['openapi', 'info']` is the value of `openapi.info`. */
export function nestedObjectLiteral(object: ObjectLiteralExpression, path: readonly string[]): ObjectLiteralExpression {
  return path.reduce(propertyObjectLiteral, object);
}

/** The `{ … }` body of a function-valued property of an object literal (`close: async () => { … }`). */
export function propertyFunctionBlock(object: ObjectLiteralExpression, propertyName: string): Block {
  const member = object.getProperties().find((property) => declaredNameOf(property) === propertyName);
  if (member && Node.isMethodDeclaration(member)) {
    const body = member.getBody();
    if (body && Node.isBlock(body)) return body;
  }
  const initializer = member && Node.isPropertyAssignment(member) ? member.getInitializer() : undefined;
  const value = initializer && unwrapExpression(initializer);
  const body = value && (Node.isArrowFunction(value) || Node.isFunctionExpression(value)) ? value.getBody() : undefined;
  if (body && Node.isBlock(body)) return body;
  throw anchorNotFound(object.getSourceFile(), `a property ${propertyName} set to a function with a { … } body`, member ?? object);
}

/** The object literal passed first to `new ClassName(…)` anywhere in the file (`new MessageBus({ … })`). */
export function constructorArgumentObject(sourceFile: SourceFile, className: string): ObjectLiteralExpression {
  const construction = sourceFile
    .getDescendantsOfKind(SyntaxKind.NewExpression)
    .find((node) => node.getExpression().getText() === className);
  const argument = construction?.getArguments()[0];
  const value = argument && unwrapExpression(argument);
  if (value && Node.isObjectLiteralExpression(value)) return value;
  throw anchorNotFound(sourceFile, `a new ${className}({ … }) with an object literal argument`, construction);
}
