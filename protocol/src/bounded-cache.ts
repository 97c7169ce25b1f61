/**
 * A cache of at most `maxEntries` entries that forgets the least recently used first: the user-token
 * cache and the parsed-document stores of the gateway and the subgraphs. A Map keeps insertion
 * order, so a hit is moved to the end and the first key is the one to evict.
 */
export class BoundedCache<V> {
  readonly #entries = new Map<string, V>();
  hits = 0;
  misses = 0;

  constructor(readonly maxEntries: number) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new Error('maxEntries must be a positive integer');
  }

  get size(): number {
    return this.#entries.size;
  }

  get(key: string): V | undefined {
    const value = this.#entries.get(key);
    if (value === undefined) {
      this.misses++;
      return undefined;
    }
    this.hits++;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
  }

  delete(key: string): boolean {
    return this.#entries.delete(key);
  }
}

/**
 * Apollo Server's `documentStore` (its KeyValueCache interface, structurally): the parsed and
 * validated operation per document, so a document seen before is neither parsed nor validated
 * again. Apollo Server keeps one by default (30 MiB, sized by serializing each document); this one
 * is bounded by count, states its bound where it is built, and counts its hits for the tests.
 */
export function documentStore<D>(maxEntries = 1000) {
  const cache = new BoundedCache<D>(maxEntries);
  return {
    cache,
    get: (key: string) => Promise.resolve(cache.get(key)),
    set: (key: string, value: D) => {
      cache.set(key, value);
      return Promise.resolve();
    },
    delete: (key: string) => Promise.resolve(cache.delete(key)),
  };
}
