import { MODERATION_REASON_MAX_LENGTH } from '@commons/shared';
import { badInput } from '../../common/errors/app-error';

/**
 * The one check for a reason a person gives for a moderation act (a report, a hide or dismiss, a
 * moderator deleting someone else's content): trimmed, required, bounded. Bad input changes nothing.
 */
export function checkedReason(field: string, value: string | null | undefined, max: number): string {
  const text = (value ?? '').trim();
  if (!text) throw badInput(field, 'REQUIRED', 'Say why.');
  if (text.length > max) throw badInput(field, 'TOO_LONG', `At most ${max} characters.`);
  return text;
}

/**
 * The reason for removing content: authors owe no one a reason (one they give anyway is kept, within
 * the same limit); removing someone else's content is a moderation act and needs one.
 */
export function removalReason(byAuthor: boolean, value: string | null | undefined): string | null {
  return byAuthor && !value?.trim() ? null : checkedReason('reason', value, MODERATION_REASON_MAX_LENGTH);
}
