import type { Plugin } from 'vite';

/**
 * Marks the React wrapper calls (memo, forwardRef) of the USWDS React library as pure, so the
 * bundle keeps only the components the app uses. The library ships as one module whose calls
 * carry no pure marks, so without this every component and all ~240 icons stay in (about 35 kB
 * gzipped). The local names are read from the module's own import of React, not guessed.
 */
export function pureReactWrappers(packageName: string): Plugin {
  return {
    name: 'pure-react-wrappers',
    enforce: 'pre',
    transform(code, id) {
      if (!id.includes(`/node_modules/${packageName}/`) || !/\.m?js$/.test(id)) return null;
      const react = /import\s+\w*\s*,?\s*\{([^}]*)\}\s*from\s*"react"/.exec(code);
      if (!react) return null;
      const names = react[1]!
        .split(',')
        .map((part) => part.trim().split(/\s+as\s+/))
        .filter(([imported]) => imported === 'memo' || imported === 'forwardRef')
        .map(([imported, local]) => local ?? imported!);
      if (!names.length) return null;
      // Only the module's own top-level declarations (`}, Alert = memo(` at the start of a line):
      // the same short names mean other functions inside nested scopes, whose calls must stay.
      const alias = names.map((n) => n.replace(/\$/g, '\\$')).join('|');
      const declaration = new RegExp(`^([\\])}]*,? ?(?:var |let |const )?[\\w$]+ = )(${alias})\\(`, 'gm');
      let out = code.replace(declaration, '$1/* @__PURE__ */ $2(');
      // The icon set is a class of static blocks (`Icon.Close`): wrapped in a pure function, it is
      // dropped when no component the app uses refers to it. It ends at the next top-level `}`.
      out = out.replace(/^(\}, [\w$]+ = )class \{\n([\s\S]*?)^\}/m, '$1/* @__PURE__ */ (() => class {\n$2})()');
      return { code: out, map: null };
    },
  };
}

/**
 * Declares packages free of side effects that do not say so in their package.json, so a module
 * the app imports nothing from is left out: the USWDS React library imports focus-trap for its
 * modal and combo box, which the app does not use (about 10 kB gzipped).
 */
export function sideEffectFree(packageNames: readonly string[]): Plugin {
  const inPackage = new RegExp(`/node_modules/(${packageNames.join('|')})/`);
  return {
    name: 'side-effect-free',
    transform(_code, id) {
      return inPackage.test(id) ? { moduleSideEffects: false } : null;
    },
  };
}
