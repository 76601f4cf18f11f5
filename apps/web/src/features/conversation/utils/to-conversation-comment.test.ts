import { expectedReactions } from '../api/react.mutation';
import { apiAnna, apiComment, counts } from '../test/api-fixtures';
import { toConversationComments } from './to-conversation-comment';

type Edges = Parameters<typeof toConversationComments>[0];

describe('toConversationComments', () => {
  it('maps the API comment (removed, hidden, withheld, reporting on others’ comments only) and keeps a re-fetched comment once, in its later place', () => {
    const edges = [
      { node: apiComment('c1', { author: apiAnna }) },
      { node: apiComment('c3') },
      { node: apiComment('c2', { removed: true, bodyHtml: '' }) },
      { node: apiComment('c4', { withheld: true, bodyHtml: '', author: null }) },
      {
        node: apiComment('c3', {
          hidden: { __typename: 'ModerationNote', at: '2026-11-23T10:00:00Z', reason: 'Spam' },
        }),
      },
    ] as unknown as Edges;
    const comments = toConversationComments(edges, apiAnna.id);
    expect(comments.map((c) => c.id)).toEqual(['c1', 'c2', 'c4', 'c3']);
    expect(comments[0].viewerCanReport).toBe(false);
    expect(comments[1]).toMatchObject({ deleted: true, bodyHtml: null, viewerCanReport: false });
    expect(comments[2]).toMatchObject({
      author: null,
      withheld: true,
      deleted: false,
      bodyHtml: null,
      viewerCanReport: false,
    });
    expect(comments[3]).toMatchObject({
      hidden: true,
      hiddenReason: 'Spam',
      withheld: false,
      viewerCanReport: true,
    });
  });
});

describe('expectedReactions', () => {
  it('moves the viewer’s one reaction: another kind replaces it, none removes it, all five kinds in order', () => {
    const start = { counts: counts({ LIKE: 2, LOVE: 1 }), myReaction: 'LIKE' as const };
    const replaced = expectedReactions(start, 'LOVE');
    expect(replaced.myReaction).toBe('LOVE');
    expect(replaced.counts.map((c) => [c.kind, c.count])).toEqual([
      ['LIKE', 1],
      ['LOVE', 2],
      ['CELEBRATE', 0],
      ['INSIGHTFUL', 0],
      ['CURIOUS', 0],
    ]);
    const removed = expectedReactions(start, null);
    expect(removed.myReaction).toBeNull();
    expect(removed.counts[0].count).toBe(1);
  });
});
