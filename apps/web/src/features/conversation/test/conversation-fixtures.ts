import type { ConversationComment, PersonSummary } from '../types';

export const anna: PersonSummary = { id: 'p-anna', displayName: 'Anna Lind', title: 'Handläggare' };
export const bo: PersonSummary = { id: 'p-bo', displayName: 'Bo Ek', title: 'IT-tekniker' };
export const erik: PersonSummary = { id: 'p-erik', displayName: 'Erik Sund', title: 'Redaktör' };

export function aComment(
  overrides: Partial<ConversationComment> & Pick<ConversationComment, 'id'>,
): ConversationComment {
  return {
    author: anna,
    createdAt: '2026-11-23T09:00:00.000Z',
    editedAt: null,
    bodyHtml: `<p>Comment ${overrides.id}</p>`,
    deleted: false,
    hidden: false,
    hiddenReason: null,
    viewerCanEdit: false,
    viewerCanDelete: false,
    viewerCanReport: true,
    replies: undefined,
    ...overrides,
  };
}

export const searchPeople = async (text: string) =>
  [anna, bo, erik].filter((p) => p.displayName.toLowerCase().startsWith(text.toLowerCase()));
