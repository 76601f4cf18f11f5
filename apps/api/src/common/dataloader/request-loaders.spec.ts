import { byKey, groupedByKey, RequestLoaders } from './request-loaders';

describe('RequestLoaders', () => {
  it('batches the loads of one request into one call and keeps requests apart', async () => {
    const registry = new RequestLoaders();
    const calls: (readonly string[])[] = [];
    const batch = async (keys: readonly string[]) => {
      calls.push(keys);
      return keys.map((k) => k.toUpperCase());
    };
    const first = {};
    const second = {};
    const answers = await Promise.all([
      registry.get(first, 'x', batch).load('a'),
      registry.get(first, 'x', batch).load('b'),
      registry.get(second, 'x', batch).load('a'),
    ]);
    expect(answers).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual([['a', 'b'], ['a']]);
    expect(registry.get(first, 'x', batch)).toBe(registry.get(first, 'x', batch));
    expect(registry.get(first, 'y', batch)).not.toBe(registry.get(first, 'x', batch));
  });
});

describe('batch answers in key order', () => {
  const rows = [
    { id: 'b', v: 2 },
    { id: 'a', v: 1 },
    { id: 'a', v: 3 },
  ];
  it('byKey: one row per key, null where none', () => {
    expect(byKey(['a', 'c', 'b'], rows.slice(0, 2), (r) => r.id)).toEqual([rows[1], null, rows[0]]);
  });
  it('groupedByKey: every row of a key, an empty list where none', () => {
    expect(groupedByKey(['a', 'c'], rows, (r) => r.id)).toEqual([[rows[1], rows[2]], []]);
  });
});
