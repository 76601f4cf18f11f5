import type { Edge, Page } from './connection.model';

/** A page with nothing on it. */
export function emptyPage<T>(): Page<T> {
  return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
}

/**
 * A page from the rows of a keyset query that asked for one row more than `first`: that extra row
 * only says there is a next page. `toEdge` gives each kept row its cursor and node.
 */
export function pageOf<R, T>(rows: readonly R[], first: number, toEdge: (row: R) => Edge<T>): Page<T> {
  const edges = rows.slice(0, first).map(toEdge);
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}
