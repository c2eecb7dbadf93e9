import { type AstNode, children, isNode } from './ast';

/**
 * Whether a judged module's top level holds nothing a schedule could change, so that one evaluation of it may
 * serve every schedule. `FreshModules` evaluates other modules afresh per schedule, so that module-level state
 * (a counter, a lock, a static field) starts anew; that costs up to ~40 % of a small exhaustive search, mostly
 * because V8 optimizes the fresh classes again each time.
 *
 * Conservative, from the syntax alone: true only when every top-level statement is an import, a declaration
 * of types only, an export list, a function declaration, a class declaration whose definition runs no code
 * (no decorators; no static members, other than `static readonly` fields with a literal value; names only in
 * `extends` and computed keys), or a `const` bound to a literal or to a function; and when no code anywhere
 * - assigns to, updates or deletes a property reached from a top-level name (`Foo.count++`, `ns.x = 1`),
 *   or reassigns a top-level name;
 * - lets a top-level function or class, or a class's method, escape as a value (passed, stored, returned),
 *   where others could change its properties: a function or class may only be called, constructed, read
 *   from, extended, tested with `instanceof` or exported; a method only called, bound or applied;
 * - mentions a way to reach a class, prototype or function indirectly (`constructor`, `prototype`,
 *   `__proto__`, `getPrototypeOf`, `setPrototypeOf`, `defineProperty`, `assign`, `callee`, as a name, key or
 *   string), or uses `new.target`, `this` outside a class or object member, `import()`, `require`, `eval`,
 *   `Function`, `exports` or `module`.
 * Anything else counts as state: a false "has state" only costs speed. A module that changes another's
 * exports is caught by the same rules (the import is a top-level name); `FreshModules` keeps a set of modules
 * only when every one of them keeps no state. An adversarial review (2026-12-03) found the method, named
 * function expression, indirect-reach, eval, require and `this` cases, and the sharing rule.
 */
export function keepsNoState(program: AstNode): boolean {
  const body = Array.isArray(program.body) ? (program.body as unknown[]).filter(isNode) : [];
  const topLevel = new Set<string>();
  const functionsAndClasses = new Set<string>();
  for (const statement of body) {
    if (!declaresNoState(unwrapExport(statement), topLevel, functionsAndClasses)) return false;
  }
  return !touchesState(program, topLevel, functionsAndClasses);
}

/** Ways to reach a class, a prototype or a function object without naming it; any mention counts. */
const INDIRECT = new Set(['constructor', 'prototype', '__proto__', 'getPrototypeOf', 'setPrototypeOf', 'defineProperty', 'defineProperties', 'assign', 'callee']);
/** Names that reach module instances or code the rewrite cannot see: `require` inside a function, `eval`. */
const FORBIDDEN_NAMES = new Set(['exports', 'module', 'require', 'eval', 'Function']);
/** TypeScript nodes that wrap a runtime expression; every other `TS*` node is a type and runs nothing. */
const TS_EXPRESSIONS = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'TSInstantiationExpression']);

/** The declaration an export statement makes; undefined for one that only names bindings (`export { a }`, `export default a`). */
function unwrapExport(statement: AstNode): AstNode | undefined {
  if (statement.type !== 'ExportNamedDeclaration' && statement.type !== 'ExportDefaultDeclaration') return statement;
  if (!isNode(statement.declaration) || statement.declaration.type === 'Identifier') return undefined;
  return statement.declaration;
}

/** Whether one top-level statement defines only what runs no code; records the names it binds. */
function declaresNoState(statement: AstNode | undefined, topLevel: Set<string>, functionsAndClasses: Set<string>): boolean {
  if (statement === undefined) return true; // `export { a, b }`
  const name = (id: unknown): void => {
    if (isNode(id) && id.type === 'Identifier') topLevel.add(id.name as string);
  };
  switch (statement.type) {
    case 'ImportDeclaration': {
      // What a relative import binds is another judged module's export: guarded like the module's own
      // functions and classes. Shared modules (the kit, async-mutex, node:) are shared whatever is evaluated.
      const relative = isNode(statement.source) && String(statement.source.value).startsWith('.');
      for (const specifier of (statement.specifiers as unknown[]).filter(isNode)) {
        name(specifier.local);
        if (relative && isNode(specifier.local)) functionsAndClasses.add(specifier.local.name as string);
      }
      return true;
    }
    case 'ExportAllDeclaration':
    case 'TSTypeAliasDeclaration':
    case 'TSInterfaceDeclaration':
    case 'TSDeclareFunction':
    case 'EmptyStatement':
      return true;
    case 'FunctionDeclaration':
      name(statement.id);
      if (isNode(statement.id)) functionsAndClasses.add(statement.id.name as string);
      return true;
    case 'ClassDeclaration':
      name(statement.id);
      if (isNode(statement.id)) functionsAndClasses.add(statement.id.name as string);
      return classRunsNoCode(statement);
    case 'VariableDeclaration':
      if (statement.declare === true) return true;
      if (statement.kind !== 'const') return false;
      return (statement.declarations as unknown[]).filter(isNode).every((declarator) => {
        if (!isNode(declarator.id) || declarator.id.type !== 'Identifier' || !isNode(declarator.init)) return false;
        name(declarator.id);
        const init = stripTypes(declarator.init);
        if (init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression') {
          functionsAndClasses.add(declarator.id.name as string);
          // `const next = function tick() {...}`: inside, `tick` is the same function object
          if (isNode(init.id) && init.id.type === 'Identifier') {
            topLevel.add(init.id.name as string);
            functionsAndClasses.add(init.id.name as string);
          }
          return true;
        }
        return isLiteral(init);
      });
    default:
      return statement.declare === true && statement.type.startsWith('TS');
  }
}

function stripTypes(node: AstNode): AstNode {
  return TS_EXPRESSIONS.has(node.type) && isNode(node.expression) ? stripTypes(node.expression) : node;
}

function isLiteral(node: AstNode): boolean {
  switch (node.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
    case 'NullLiteral':
    case 'BigIntLiteral':
      return true;
    case 'TemplateLiteral':
      return Array.isArray(node.expressions) && node.expressions.length === 0;
    case 'UnaryExpression':
      return node.operator === '-' && isNode(node.argument) && node.argument.type === 'NumericLiteral';
    case 'Identifier':
      return node.name === 'undefined';
    default:
      return false;
  }
}

/** A class whose definition runs no code and creates no state of its own (instances have their own). */
function classRunsNoCode(node: AstNode): boolean {
  if (Array.isArray(node.decorators) && node.decorators.length > 0) return false;
  if (isNode(node.superClass) && node.superClass.type !== 'Identifier' && node.superClass.type !== 'MemberExpression') return false;
  const members = isNode(node.body) && Array.isArray(node.body.body) ? (node.body.body as unknown[]).filter(isNode) : [];
  return members.every((member) => {
    if (Array.isArray(member.decorators) && member.decorators.length > 0) return false;
    if (member.computed === true && isNode(member.key) && member.key.type !== 'Identifier' && member.key.type !== 'MemberExpression') return false;
    if (member.type === 'StaticBlock') return false;
    if (member.static !== true) return true;
    // A static method's `this` is the class, whose properties it may change: only constants are static.
    const isField = member.type === 'ClassProperty' || member.type === 'ClassPrivateProperty';
    return isField && member.readonly === true && (!isNode(member.value) || isLiteral(stripTypes(member.value)));
  });
}

/** What `this` is where code stands: the module's (its exports), a plain function's caller's, or an object's or instance's. */
type ThisOwner = 'module' | 'function' | 'member';

const MEMBER_FUNCTIONS = new Set(['ClassMethod', 'ClassPrivateMethod', 'ObjectMethod', 'ClassProperty', 'ClassPrivateProperty', 'ClassAccessorProperty']);

/** Whether code anywhere in the module could change a top-level binding's value or properties (see above). */
function touchesState(program: AstNode, topLevel: ReadonlySet<string>, functionsAndClasses: ReadonlySet<string>): boolean {
  const methods = methodNames(program);
  let touched = false;
  const visit = (node: AstNode, parent: AstNode | undefined, key: string | undefined, thisOwner: ThisOwner): void => {
    if (touched) return;
    if (node.type.startsWith('TS') && !TS_EXPRESSIONS.has(node.type) && node.type !== 'TSParameterProperty') return; // a type
    touched = touchesHere(node, parent, key, thisOwner, { topLevel, functionsAndClasses, methods });
    const inner: ThisOwner =
      node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' ? 'function' : MEMBER_FUNCTIONS.has(node.type) ? 'member' : thisOwner;
    for (const [childKey, value] of Object.entries(node)) {
      if (childKey === 'loc' || childKey === 'extra' || childKey.endsWith('Comments') || childKey === 'typeAnnotation' || childKey === 'returnType' || childKey === 'typeParameters') continue;
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) visit(item, node, childKey, inner);
      } else if (isNode(value)) {
        visit(value, node, childKey, inner);
      }
    }
  };
  for (const child of children(program)) visit(child, program, 'body', 'module');
  return touched;
}

interface Names {
  readonly topLevel: ReadonlySet<string>;
  readonly functionsAndClasses: ReadonlySet<string>;
  /** Names of the methods of every class in the module (`#name` for private ones): shared function objects. */
  readonly methods: ReadonlySet<string>;
}

/** Whether this one node could change module state or let it escape (see `keepsNoState`). */
function touchesHere(node: AstNode, parent: AstNode | undefined, key: string | undefined, thisOwner: ThisOwner, names: Names): boolean {
  switch (node.type) {
    case 'MetaProperty': // new.target: the class, reached indirectly
    case 'Import': // import(): a module instance outside the evaluation's own
      return true;
    case 'ThisExpression': // a plain function's `this` may be the exports object, and the module's is
      return thisOwner !== 'member';
    case 'StringLiteral':
      return INDIRECT.has(node.value as string); // Reflect.get(this, 'constructor')
    case 'TemplateElement':
      return INDIRECT.has((node.value as { cooked?: string }).cooked ?? '');
    case 'AssignmentExpression':
    case 'UpdateExpression':
    case 'UnaryExpression': {
      if (node.type === 'UnaryExpression' && node.operator !== 'delete') return false;
      const target = node.type === 'AssignmentExpression' ? node.left : node.argument;
      return isNode(target) && rootsAtTopLevel(target, names.topLevel);
    }
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      // A method read as a value (`const m = this.run`, `push(c.run)`) is the class's one function object.
      const property = node.property;
      const name = isNode(property) && node.computed !== true ? (property.type === 'PrivateName' && isNode(property.id) ? `#${property.id.name as string}` : (property.name as string | undefined)) : undefined;
      return name !== undefined && names.methods.has(name) && !calledOrBound(parent, key);
    }
    case 'Identifier': {
      const name = node.name as string;
      if (INDIRECT.has(name) && !(parent?.type === 'ClassMethod' && parent.kind === 'constructor')) return true; // any spelling: `{ constructor: K } = this`
      if (parent === undefined || !isReference(parent, key)) return false;
      if (FORBIDDEN_NAMES.has(name)) return true;
      return names.functionsAndClasses.has(name) && !usesWithoutEscaping(parent, key);
    }
    default:
      return false;
  }
}

/** Whether the member expression at `parent[key]` is called (`a.m()`), or bound or applied (`a.m.call(...)`). */
function calledOrBound(parent: AstNode | undefined, key: string | undefined): boolean {
  if (parent === undefined) return false;
  if ((parent.type === 'CallExpression' || parent.type === 'OptionalCallExpression') && key === 'callee') return true;
  if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && key === 'object' && isNode(parent.property)) {
    return ['call', 'apply', 'bind'].includes(parent.property.name as string);
  }
  return false;
}

function methodNames(program: AstNode): Set<string> {
  const names = new Set<string>();
  const visit = (node: AstNode): void => {
    if ((node.type === 'ClassMethod' || node.type === 'ClassPrivateMethod') && node.kind === 'method' && isNode(node.key)) {
      const key = node.key;
      if (key.type === 'Identifier') names.add(key.name as string);
      if (key.type === 'PrivateName' && isNode(key.id)) names.add(`#${key.id.name as string}`);
    }
    for (const child of children(node)) visit(child);
  };
  visit(program);
  return names;
}

/** `X`, `X.a`, `X.a[b].c` for a top-level X: what an assignment to it changes belongs to the module. */
function rootsAtTopLevel(target: AstNode, topLevel: ReadonlySet<string>): boolean {
  let node = stripTypes(target);
  while (node.type === 'MemberExpression' && isNode(node.object)) node = stripTypes(node.object);
  return node.type === 'Identifier' && topLevel.has(node.name as string);
}

/** Whether an identifier at `parent[key]` names a binding (not a property key, a label or an import's name). */
function isReference(parent: AstNode, key: string | undefined): boolean {
  switch (parent.type) {
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return key !== 'property' || parent.computed === true;
    case 'ObjectProperty':
    case 'ObjectMethod':
    case 'ClassMethod':
    case 'ClassPrivateMethod':
    case 'ClassProperty':
    case 'ClassAccessorProperty':
      return key !== 'key' || parent.computed === true;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    case 'ImportSpecifier':
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
      return false;
    case 'ExportSpecifier':
      return key === 'local';
    default:
      return true;
  }
}

/** A top-level function or class used where its properties stay out of reach of other code. */
function usesWithoutEscaping(parent: AstNode, key: string | undefined): boolean {
  switch (parent.type) {
    case 'FunctionDeclaration':
    case 'VariableDeclarator':
      return key === 'id';
    case 'ClassDeclaration':
      return key === 'id' || key === 'superClass';
    case 'CallExpression':
    case 'OptionalCallExpression':
    case 'NewExpression':
      return key === 'callee';
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return key === 'object';
    case 'BinaryExpression':
      return (parent.operator === 'instanceof' && key === 'right') || ['===', '!==', '==', '!='].includes(parent.operator as string);
    case 'ClassExpression':
      return key === 'superClass';
    case 'ExportSpecifier':
    case 'ExportDefaultDeclaration':
      return true;
    default:
      return false;
  }
}
