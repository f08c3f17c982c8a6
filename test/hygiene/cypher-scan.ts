// Finds Cypher that could be assembled from input. The rule: every statement text is one of a
// finite set of strings known at compile time. With TypeScript's checker that means:
//  1. a template literal that reads like Cypher interpolates only values whose type is a string
//     (or number) literal or a union of them: fixed fragments chosen by code, never input;
//  2. `+` never glues Cypher text to a value that is not such a literal;
//  3. the statement argument of run/read/query/prepare/execute… has a literal (union) type,
//     unless it is the enclosing function's own parameter, passed through to be checked at its
//     callers, or the `.text` of a `Statement` object (the Neo4j engine's statement records);
//  4. such a record is only made by the `statement(name, text, params)` factory, whose text
//     must itself have a literal (union) type;
//  5. the one exception to 1: a value branded `EngineFilePath` (a file the embedded engine wrote
//     itself for COPY, whose path Cypher cannot take as a parameter), made only by `engineFile`.
// Writes to streams (`out.write(text)`) are data, not statements, and are not checked.
// A value typed `string` (an argument, a name, a joined list) breaks the rule wherever it goes.
import ts from 'typescript';

const CYPHER = /\b(MATCH|MERGE|CREATE|DELETE|DETACH|RETURN|UNWIND|SET|CALL|WITH|WHERE)\b/;
const STATEMENT_RUNNERS = new Set(['run', 'read', 'write', 'query', 'prepare', 'execute', 'executeRead', 'executeWrite', 'executeQuery']);

export interface Finding {
  file: string;
  line: number;
  rule: 'template' | 'concatenation' | 'statement';
  text: string;
}

function isFixed(type: ts.Type): boolean {
  if (type.isUnion()) return type.types.every(isFixed);
  if (type.isIntersection()) return type.types.some((t) => t.getProperty('engineMadePath') !== undefined);
  // A template literal type (`COPY … '${EngineFilePath}'`) is fixed when every hole in it is.
  if (type.flags & ts.TypeFlags.TemplateLiteral) return (type as ts.TemplateLiteralType).types.every(isFixed);
  return type.isStringLiteral() || type.isNumberLiteral() || (type.flags & ts.TypeFlags.BooleanLiteral) !== 0;
}

function isStringy(type: ts.Type, checker: ts.TypeChecker): boolean {
  return checker.isTypeAssignableTo(type, checker.getStringType());
}

function literalText(node: ts.Node): string {
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => s.literal.text).join('');
  return '';
}

function isPassThroughParameter(node: ts.Expression, checker: ts.TypeChecker): boolean {
  if (!ts.isIdentifier(node)) return false;
  const declaration = checker.getSymbolAtLocation(node)?.valueDeclaration;
  return declaration !== undefined && ts.isParameter(declaration);
}

/** `x.text` where x is a Statement record: fixed by rule 4 where the record was made. */
function isStatementText(node: ts.Expression, checker: ts.TypeChecker): boolean {
  if (!ts.isPropertyAccessExpression(node) || node.name.text !== 'text') return false;
  return checker.getTypeAtLocation(node.expression).getSymbol()?.getName() === 'Statement';
}

function isStreamWrite(call: ts.CallExpression, checker: ts.TypeChecker): boolean {
  if (!ts.isPropertyAccessExpression(call.expression)) return false;
  const name = checker.getTypeAtLocation(call.expression.expression).getSymbol()?.getName();
  return name === 'WriteStream' || name === 'Writable';
}

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

export function scanProgram(program: ts.Program, include: (fileName: string) => boolean): Finding[] {
  const checker = program.getTypeChecker();
  const findings: Finding[] = [];
  for (const source of program.getSourceFiles()) {
    if (source.isDeclarationFile || !include(source.fileName)) continue;
    const report = (node: ts.Node, rule: Finding['rule']) =>
      findings.push({
        file: source.fileName,
        line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        rule,
        text: node.getText().slice(0, 120),
      });
    const visit = (node: ts.Node): void => {
      if (ts.isTemplateExpression(node) && CYPHER.test(literalText(node))) {
        for (const span of node.templateSpans) {
          if (!isFixed(checker.getTypeAtLocation(span.expression))) report(span.expression, 'template');
        }
      }
      if (
        ts.isBinaryExpression(node) &&
        (node.operatorToken.kind === ts.SyntaxKind.PlusToken || node.operatorToken.kind === ts.SyntaxKind.PlusEqualsToken)
      ) {
        const sides = [node.left, node.right];
        if (sides.some((side) => CYPHER.test(literalText(side)))) {
          for (const side of sides) if (!isFixed(checker.getTypeAtLocation(side))) report(side, 'concatenation');
        }
      }
      if (ts.isCallExpression(node) && STATEMENT_RUNNERS.has(calleeName(node) ?? '') && !isStreamWrite(node, checker)) {
        const statement = node.arguments[0];
        if (statement) {
          const type = checker.getTypeAtLocation(statement);
          const trusted = isPassThroughParameter(statement, checker) || isStatementText(statement, checker);
          if (isStringy(type, checker) && !isFixed(type) && !trusted) report(statement, 'statement');
        }
      }
      if (ts.isCallExpression(node) && calleeName(node) === 'statement') {
        const text = node.arguments[1];
        if (text && !isFixed(checker.getTypeAtLocation(text))) report(text, 'statement');
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return findings;
}

/** The project's compiler options, for a program over the given files. */
export function projectOptions(): ts.CompilerOptions {
  const file = ts.findConfigFile(process.cwd(), ts.sys.fileExists);
  if (!file) throw new Error('tsconfig.json not found');
  const { config } = ts.readConfigFile(file, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, process.cwd()).options;
}
