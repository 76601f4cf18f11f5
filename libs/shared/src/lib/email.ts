import { EMAIL_MAX_LENGTH } from './limits';

/**
 * A pragmatic e-mail check (one @, a dotted domain, no spaces), the same on both sides.
 * Deliverability is proved by sign-in, not by a regular expression.
 */
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function isValidEmail(value: string): boolean {
  return value.length <= EMAIL_MAX_LENGTH && EMAIL_PATTERN.test(value);
}

/** E-mail addresses are compared case-insensitively and without surrounding space. */
export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}
