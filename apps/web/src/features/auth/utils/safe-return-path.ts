import { paths } from '@/config/paths';

/**
 * Where to go after sign-in. Only paths inside this app are followed, so a crafted link cannot
 * send a person elsewhere after they sign in ("//evil.example", "https://…", "/\evil").
 */
export function safeReturnPath(value: string | null | undefined, fallback = paths.home.to()): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (value.startsWith(paths.signIn.path)) return fallback;
  return value;
}
