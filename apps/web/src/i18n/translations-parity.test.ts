import en from './en.json';
import sv from './sv.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf key, dotted ("studio.fields.title", "comments.count_one"), with its text. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

/** The interpolation variables a text uses: `{{name}}`, `{{ count }}`, `{{time, datetime}}` -> name, count, time. */
function variables(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1]))].sort();
}

const svLeaves = leaves(sv as Tree);
const enLeaves = leaves(en as Tree);

describe('translations (sv.json and en.json)', () => {
  it('hold exactly the same keys, plural forms (_one, _other…) included', () => {
    const onlySv = [...svLeaves.keys()].filter((k) => !enLeaves.has(k));
    const onlyEn = [...enLeaves.keys()].filter((k) => !svLeaves.has(k));
    expect({ onlySv, onlyEn }).toEqual({ onlySv: [], onlyEn: [] });
  });

  it('use the same interpolation variables in each key', () => {
    const mismatched = [...svLeaves]
      .filter(([key]) => enLeaves.has(key))
      .map(([key, text]) => ({ key, sv: variables(text), en: variables(enLeaves.get(key)!) }))
      .filter(({ sv, en }) => sv.join() !== en.join());
    expect(mismatched).toEqual([]);
  });

  it('are not empty', () => {
    expect(svLeaves.size).toBeGreaterThan(100);
    const empty = [...svLeaves, ...enLeaves].filter(([, text]) => text.trim() === '').map(([key]) => key);
    expect(empty).toEqual([]);
  });
});
