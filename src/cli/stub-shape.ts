import type * as TypeScript from 'typescript';

/**
 * Whether `source` has the shape of a shipped stub, as opposed to a learner's partial version that still
 * contains some `notImplemented(...)` calls. A shipped stub:
 * - has a body of exactly one statement, `notImplemented(...)` or `return notImplemented(...)`, in every
 *   function and method (a constructor's body is empty: parameter properties are allowed);
 * - declares no class fields and no top-level variables (learners add those; stubs do not need them).
 * A class with no `notImplemented(...)` in it is given code (an error class the contract names, say) and is
 * not looked into. Anything else (imports, interfaces, type aliases, comments) may appear. The stub test in
 * tests/cli/learner-files.test.ts checks that every shipped stub has this shape.
 */
export function hasStubShape(source: string): boolean {
  // Loaded here, not at the top: the TypeScript compiler takes a second to load, and only `reset` needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy load, see above
  const ts = require('typescript') as typeof TypeScript;
  const file = ts.createSourceFile('stub.ts', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  let shaped =
    file.statements.some((statement) => hasNotImplementedCall(ts, statement)) &&
    !file.statements.some((statement) => ts.isVariableStatement(statement));
  const visit = (node: TypeScript.Node): void => {
    if (!shaped) return;
    if (ts.isPropertyDeclaration(node)) {
      shaped = false;
      return;
    }
    if (ts.isConstructorDeclaration(node)) {
      if (node.body !== undefined && node.body.statements.length > 0) shaped = false;
      return;
    }
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      if (!isOnlyNotImplemented(ts, node.body)) shaped = false;
      return;
    }
    ts.forEachChild(node, visit);
  };
  for (const statement of file.statements) {
    const given = ts.isClassDeclaration(statement) && !hasNotImplementedCall(ts, statement);
    if (!given) visit(statement);
  }
  return shaped;
}

function isNotImplementedCall(ts: typeof TypeScript, node: TypeScript.Node | undefined): boolean {
  return node !== undefined && ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'notImplemented';
}

/** A block whose only statement is `notImplemented(...)` or `return notImplemented(...)`. */
function isOnlyNotImplemented(ts: typeof TypeScript, body: TypeScript.Node): boolean {
  if (!ts.isBlock(body) || body.statements.length !== 1) return false;
  const [statement] = body.statements;
  if (statement === undefined) return false;
  if (ts.isExpressionStatement(statement)) return isNotImplementedCall(ts, statement.expression);
  if (ts.isReturnStatement(statement)) return isNotImplementedCall(ts, statement.expression);
  return false;
}

function hasNotImplementedCall(ts: typeof TypeScript, node: TypeScript.Node): boolean {
  return isNotImplementedCall(ts, node) || (ts.forEachChild(node, (child) => (hasNotImplementedCall(ts, child) ? true : undefined)) ?? false);
}
