/**
 * Loads an ESM-only package from CommonJS code. A plain `import()` is rewritten to `require()` by
 * both webpack (for externals) and TypeScript's commonjs output, which fails for ESM-only packages;
 * a function built at run time keeps the real dynamic import.
 */
const dynamicImport = new Function('specifier', 'return import(specifier)') as <T>(
  specifier: string,
) => Promise<T>;

export function importEsm<T>(specifier: string): Promise<T> {
  return dynamicImport<T>(specifier);
}
