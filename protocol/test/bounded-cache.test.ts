import { describe, expect, it } from 'vitest';
import { BoundedCache, documentStore } from '../src/bounded-cache.ts';

describe('BoundedCache', () => {
  it('holds at most maxEntries and forgets the least recently used first', () => {
    const cache = new BoundedCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe(1);
    expect(cache.get('c')).toBe(3);
    expect([cache.hits, cache.misses]).toEqual([3, 1]);
  });

  it('serves as an Apollo documentStore (get, set, delete; promises)', async () => {
    const store = documentStore<{ kind: string }>(1);
    await store.set('q1', { kind: 'Document' });
    await expect(store.get('q1')).resolves.toEqual({ kind: 'Document' });
    await store.set('q2', { kind: 'Document' });
    await expect(store.get('q1')).resolves.toBeUndefined();
    await expect(store.delete('q2')).resolves.toBe(true);
  });
});
