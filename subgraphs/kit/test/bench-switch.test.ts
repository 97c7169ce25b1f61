import { describe, expect, it } from 'vitest';
import { benchUnsafeNoEnforcement } from '../src/bench-switch.ts';

describe('the benchmark-only switch that turns enforcement and the disclosure log off', () => {
  it('is off by default, and the flag alone refuses to start instead of turning it on', () => {
    expect(process.env.HUB_BENCH_UNSAFE_NO_ENFORCEMENT).toBeUndefined();
    expect(benchUnsafeNoEnforcement()).toBe(false);
    expect(benchUnsafeNoEnforcement({})).toBe(false);
    expect(benchUnsafeNoEnforcement({ NODE_ENV: 'benchmark' })).toBe(false);
    expect(() => benchUnsafeNoEnforcement({ HUB_BENCH_UNSAFE_NO_ENFORCEMENT: '1' })).toThrow(/refusing/);
    expect(() => benchUnsafeNoEnforcement({ HUB_BENCH_UNSAFE_NO_ENFORCEMENT: '1', NODE_ENV: 'production' })).toThrow(
      /refusing/,
    );
    expect(() => benchUnsafeNoEnforcement({ HUB_BENCH_UNSAFE_NO_ENFORCEMENT: 'true', NODE_ENV: 'benchmark' })).toThrow(
      /refusing/,
    );
    expect(benchUnsafeNoEnforcement({ HUB_BENCH_UNSAFE_NO_ENFORCEMENT: '1', NODE_ENV: 'benchmark' })).toBe(true);
  });
});
