import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

/** What running a file loads: every workspace source reached, and every package named from outside. */
export interface ImportGraph {
  files: Set<string>;
  packages: Set<string>;
}

/**
 * The module specifiers a file loads at run time. `import type` and `export type` are erased;
 * anything else loads its module (with verbatimModuleSyntax even `import { type A }` does).
 */
function runtimeSpecifiers(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) {
      found.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      found.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** A workspace package's entry (`@hub/kit/testing` → its exports map), or undefined for any other package. */
function workspaceEntry(root: string, specifier: string): string | undefined {
  const match = /^(@hub\/[^/]+)(\/.+)?$/.exec(specifier);
  if (!match) return undefined;
  const dir = join(root, 'node_modules', match[1]!);
  if (!existsSync(dir)) throw new Error(`${specifier}: no workspace ${match[1]} in node_modules`);
  const { exports } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    exports: Record<string, string>;
  };
  const target = exports[`.${match[2] ?? ''}`];
  if (!target) throw new Error(`${specifier}: not in the exports of ${match[1]}`);
  return realpathSync(resolve(dir, target));
}

/** Follows run-time imports from `entry` through the workspace's own sources (not into node_modules). */
export function importGraph(root: string, entry: string): ImportGraph {
  const graph: ImportGraph = { files: new Set(), packages: new Set() };
  const pending = [realpathSync(entry)];
  while (pending.length) {
    const file = pending.pop()!;
    if (graph.files.has(file)) continue;
    graph.files.add(file);
    for (const specifier of runtimeSpecifiers(file)) {
      if (specifier.startsWith('.')) pending.push(realpathSync(resolve(dirname(file), specifier)));
      else {
        graph.packages.add(specifier);
        const workspace = workspaceEntry(root, specifier);
        if (workspace) pending.push(workspace);
      }
    }
  }
  return graph;
}
