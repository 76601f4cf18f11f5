/** A LIKE/ILIKE pattern matching `term` anywhere: `%`, `_` and `\` in the term are literal characters. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
