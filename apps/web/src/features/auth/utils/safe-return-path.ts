/**
 * Where to go after sign-in. Only paths inside this app are followed, so a crafted link cannot
 * send a person elsewhere after they sign in ("//evil.example", "https://…", "/\evil").
 */
export function safeReturnPath(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (value.startsWith('/sign-in')) return fallback;
  return value;
}
