import { describe, expect, it } from 'vitest';
import { ROLES } from '@hub/policies/vocabulary';
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

  it('gives the health agency a record, under its medical record number, for exactly the youths it serves', () => {
    const served = world.youths.filter((y) => y.localIds.HEALTH);
    expect(world.health.map((c) => [c.youthId, c.localId])).toEqual(served.map((y) => [y.id, y.localIds.HEALTH]));
    expect(world.health.every((c) => /^MRN-\d{6}$/.test(c.localId))).toBe(true);
  });

  it('gives the demo youths every part of a health record', () => {
    for (const c of world.health.slice(0, 2)) {
      expect(world.youths.slice(0, 2).map((y) => y.id)).toContain(c.youthId);
      expect(c.mentalHealth?.diagnoses.length).toBeGreaterThan(0);
      expect(c.psychotherapyNotes.length).toBeGreaterThan(0);
      expect(c.substanceUse).not.toBeNull();
      expect(c.sexualHealthVisits.length).toBeGreaterThan(0);
      expect(c.lastExamOn).not.toBeNull();
      expect(c.medications.length).toBeGreaterThan(0);
      expect(c.appointments.some((a) => a.status === 'BOOKED')).toBe(true);
    }
  });

  it('has health needs in SAGE-like shares: most mental health, about 40% substance-use treatment', () => {
    const share = (p: (c: (typeof world.health)[number]) => unknown) =>
      world.health.filter(p).length / world.health.length;
    expect(share((c) => c.mentalHealth)).toBeGreaterThan(0.6);
    expect(share((c) => c.mentalHealth?.treatmentStatus === 'WAITLISTED')).toBeGreaterThan(0.05);
    expect(share((c) => c.substanceUse)).toBeGreaterThan(0.3);
    expect(share((c) => c.substanceUse)).toBeLessThan(0.5);
    expect(share((c) => c.sexualHealthVisits.length)).toBeGreaterThan(0.15);
    expect(share((c) => c.lastExamOn)).toBeGreaterThan(0.7);
  });

  it('has one persona per role', () => {
    expect(PERSONAS.map((p) => p.role).sort()).toEqual([...ROLES].sort());
  });

  it('never uses a slur for a child', () => {
    expect(JSON.stringify(world)).not.toMatch(/prostitut|whore|hooker/i);
  });
});
