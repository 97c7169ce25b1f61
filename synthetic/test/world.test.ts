import { describe, expect, it } from 'vitest';
import { ROLES } from '@hub/policies';
import { generateWorld, PERSONAS } from '../src/index.ts';

describe('the synthetic world', () => {
  const world = generateWorld({ youths: 200 });

  it('is the same every time (fixed seed)', () => {
    expect(JSON.stringify(generateWorld({ youths: 200 }))).toBe(JSON.stringify(world));
  });

  it('has youths served by several agencies at once, most in child welfare', () => {
    const agencies = world.youths.map((y) => Object.keys(y.localIds).length);
    expect(agencies.filter((n) => n >= 3).length / world.youths.length).toBeGreaterThan(0.5);
    expect(world.childWelfare.length / world.youths.length).toBeGreaterThan(0.7);
    expect(world.childWelfare.filter((c) => c.runaways.length > 0).length / world.childWelfare.length).toBeGreaterThan(
      0.6,
    );
  });

  it('has consents in every state', () => {
    expect(world.consents.some((c) => c.revokedAt)).toBe(true);
    expect(world.consents.some((c) => !c.revokedAt && c.effectiveTo && c.effectiveTo < '2026-11-01')).toBe(true);
    expect(world.consents.some((c) => !c.revokedAt && (!c.effectiveTo || c.effectiveTo > '2026-11-01'))).toBe(true);
  });

  it('has one persona per role', () => {
    expect(PERSONAS.map((p) => p.role).sort()).toEqual([...ROLES].sort());
  });

  it('never uses a slur for a child', () => {
    expect(JSON.stringify(world)).not.toMatch(/prostitut|whore|hooker/i);
  });
});
