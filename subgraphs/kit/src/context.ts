import DataLoader from 'dataloader';
import type { PurposeOfUse, Viewer } from '@hub/policies';
import type { RequestAccess } from './access/request-access.ts';
import type { Database } from './db/database.ts';
import type { RequestDisclosures } from './disclosure/request.ts';

/** What every resolver gets: built once per request by the kit, never from headers in a resolver. */
export interface SubgraphContext {
  viewer: Viewer;
  purpose: PurposeOfUse;
  requestId: string;
  access: RequestAccess;
  /** What this request discloses; the kit logs it before the response leaves. */
  disclosures: RequestDisclosures;
  database: Database;
  /** The county's time zone: dates such as team membership are county dates. */
  timeZone: string;
  /** A per-request batch loader: every load of one name in one tick becomes one call of `batch`. */
  loader<K, V>(name: string, batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>): DataLoader<K, V>;
}

export function loaderCache(): SubgraphContext['loader'] {
  const loaders = new Map<string, DataLoader<unknown, unknown>>();
  return <K, V>(name: string, batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>) => {
    let loader = loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
      loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  };
}

/** Groups rows by key in the order of `keys`: the usual shape of a batch loader's answer. */
export function groupBy<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k) ?? []);
}
