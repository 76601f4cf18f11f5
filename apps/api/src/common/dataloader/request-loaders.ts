import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';

/**
 * The per-request DataLoaders of every domain, in one place: a page of results costs one statement
 * per kind of field whatever its size. Loaders live as long as their request (keyed by the request
 * object in a WeakMap); nothing is cached across requests, which would show stale or unauthorised
 * data. Each domain's `*.loader.ts` names its loaders and hands over a batch function:
 *
 *   person(request: object) { return this.loaders.get(request, 'people.person', (ids) => this.repo.byIds(ids)); }
 */
@Injectable()
export class RequestLoaders {
  private readonly byRequest = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

  /** The request's loader named `name`, made on first use from `batch` (which must answer in key order). */
  get<K, V>(request: object, name: string, batch: DataLoader.BatchLoadFn<K, V>): DataLoader<K, V> {
    let loaders = this.byRequest.get(request);
    if (!loaders) {
      loaders = new Map();
      this.byRequest.set(request, loaders);
    }
    let loader = loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Answers a batch in key order from rows found by id: `null` where nothing was found. */
export function byKey<K, V>(keys: readonly K[], found: readonly V[], keyOf: (value: V) => K): (V | null)[] {
  const map = new Map(found.map((v) => [keyOf(v), v]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Answers a batch in key order from rows grouped by key: an empty list where nothing was found. */
export function groupedByKey<K, V>(keys: readonly K[], found: readonly V[], keyOf: (value: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const v of found) {
    const list = map.get(keyOf(v));
    if (list) list.push(v);
    else map.set(keyOf(v), [v]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
