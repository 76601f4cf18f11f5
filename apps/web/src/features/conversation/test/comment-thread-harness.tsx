import { useState } from 'react';
import type { ConversationComment } from '../types';
import { CommentThread, type CommentThreadProps } from '../components/comment-thread';
import { aComment, anna, bo, erik, searchPeople } from './conversation-fixtures';

/** The comment-thread tests' shared thread: three comments with replies, held in state by Harness. */
/** Whose thread the tests read: bo. */
export const viewer = bo;

export function initialComments(): ConversationComment[] {
  return [
    aComment({
      id: 'c1',
      author: anna,
      bodyHtml:
        '<p>Välkomna! Hör av er till <a data-mention="p-erik" href="/people/p-erik">@Erik Sund</a>.</p>',
      replies: [
        aComment({
          id: 'c1r1',
          author: viewer,
          viewerCanEdit: true,
          viewerCanDelete: true,
          viewerCanReport: false,
          editedAt: '2026-11-23T10:00:00.000Z',
        }),
        aComment({ id: 'c1r2', author: erik, deleted: true, bodyHtml: null, viewerCanReport: false }),
      ],
    }),
    aComment({
      id: 'c2',
      author: viewer,
      hidden: true,
      hiddenReason: 'Personuppgifter',
      viewerCanEdit: true,
      viewerCanDelete: true,
      viewerCanReport: false,
    }),
    aComment({ id: 'c3', author: erik }),
  ];
}

/** Plays the API: adds, edits, soft-deletes and pages through comments held in state. */
export function Harness(
  props: Partial<CommentThreadProps> & {
    spies?: Partial<Record<'add' | 'edit' | 'del' | 'report', (...args: unknown[]) => unknown>>;
  },
) {
  const { spies = {}, ...rest } = props;
  const [comments, setComments] = useState(initialComments);
  const [more, setMore] = useState(true);
  let next = 100;
  const update = (id: string, change: (c: ConversationComment) => ConversationComment) =>
    setComments((list) =>
      list.map((c) =>
        c.id === id ? change(c) : { ...c, replies: c.replies?.map((r) => (r.id === id ? change(r) : r)) },
      ),
    );
  return (
    <CommentThread
      comments={comments}
      totalCount={comments.reduce((n, c) => n + 1 + (c.replies?.length ?? 0), 0)}
      hasMore={more}
      onShowMore={async () => {
        setComments((list) => [
          ...list,
          aComment({ id: 'c4', author: erik }),
          aComment({ id: 'c5', author: anna }),
        ]);
        setMore(false);
      }}
      canComment
      onAdd={async (bodyHtml, parentId) => {
        spies.add?.(bodyHtml, parentId);
        const comment = aComment({
          id: `n${next++}`,
          author: viewer,
          bodyHtml,
          viewerCanEdit: true,
          viewerCanDelete: true,
        });
        setComments((list) =>
          parentId
            ? list.map((c) => (c.id === parentId ? { ...c, replies: [...(c.replies ?? []), comment] } : c))
            : [...list, comment],
        );
      }}
      onEdit={async (id, bodyHtml) => {
        spies.edit?.(id, bodyHtml);
        update(id, (c) => ({ ...c, bodyHtml, editedAt: '2026-11-23T12:00:00.000Z' }));
      }}
      onDelete={async (id, reason) => {
        spies.del?.(id, reason);
        update(id, (c) => ({ ...c, deleted: true, bodyHtml: null }));
      }}
      onReport={async (id, reason) => {
        spies.report?.(id, reason);
      }}
      searchPeople={searchPeople}
      viewerId={viewer.id}
      debounceMs={0}
      {...rest}
    />
  );
}
