import { describe, expect, it } from 'vitest';
import { pureReactWrappers, sideEffectFree } from '../../scripts/tree-shaking.ts';

// The build plugin that lets the USWDS React library tree-shake: what it marks, and what it leaves.
const transform = (code: string, id = '/x/node_modules/@trussworks/react-uswds/lib/index.js') => {
  const hook = pureReactWrappers('@trussworks/react-uswds').transform as (
    code: string,
    id: string,
  ) => { code: string } | null;
  return hook(code, id)?.code ?? null;
};

const MODULE = [
  'import e, { forwardRef as n, memo as r, useState as u } from "react";',
  'var x = (function() {',
  '\tfunction n() { return 1; }',
  '\tvar y = n();',
  '})();',
  'var Alert = n((e, t) => null), Icon = r((e) => null);',
  '}, Close = r((e) => null), Other = u(1);',
  '}, W = class {',
  '\tstatic {',
  '\t\tthis.Close = Close;',
  '\t}',
  '}, Next = 1;',
].join('\n');

describe('pure-react-wrappers', () => {
  it("marks the module's top-level memo() and forwardRef() calls pure, by the names it imported them under", () => {
    const out = transform(MODULE)!;
    expect(out).toContain('var Alert = /* @__PURE__ */ n((e, t) => null), Icon = r((e) => null);');
    expect(out).toContain('}, Close = /* @__PURE__ */ r((e) => null), Other = u(1);');
  });

  it('leaves calls inside nested scopes alone, where the same short name is another function', () => {
    expect(transform(MODULE)).toContain('\tvar y = n();');
  });

  it('wraps the icon class in a pure function, so it is dropped when nothing uses it', () => {
    expect(transform(MODULE)).toContain(
      '}, W = /* @__PURE__ */ (() => class {\n\tstatic {\n\t\tthis.Close = Close;\n\t}\n})(), Next = 1;',
    );
  });

  it('touches no other module', () => {
    expect(transform(MODULE, '/x/node_modules/react/index.js')).toBeNull();
    expect(transform(MODULE, '/x/src/main.tsx')).toBeNull();
  });
});

describe('side-effect-free', () => {
  it('declares the named packages free of side effects, and no other', () => {
    const hook = sideEffectFree(['focus-trap', 'tabbable']).transform as (code: string, id: string) => unknown;
    expect(hook('', '/x/node_modules/focus-trap/dist/focus-trap.esm.js')).toEqual({ moduleSideEffects: false });
    expect(hook('', '/x/node_modules/focus-trap-react/dist/index.js')).toBeNull();
    expect(hook('', '/x/node_modules/react/index.js')).toBeNull();
  });
});
