import { useTranslation } from 'react-i18next';
import { COMMENT_BODY_MAX_LENGTH, isEditorRole } from '@commons/shared';
import { readAppError } from '@/utils/graphql-error';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import { addCommentToCache, useAddComment } from '../api/add-comment.mutation';
import { useDeleteComment } from '../api/delete-comment.mutation';
import { useEditComment } from '../api/edit-comment.mutation';
import {
  COMMENTS_PAGE_SIZE,
  useItemConversation,
  type ConversationItemKind,
} from '../api/item-conversation.query';
import { useMentionSearch } from '../api/mention-candidates.query';
import { useReportContent } from '../api/report.mutation';
import { commentAuthorName } from '../utils/comment-author-name';
import { toConversationComments } from '../utils/to-conversation-comment';
import { CloseCommentsButton } from './close-comments-button';
import { CommentThread } from './comment-thread';
import { ConnectedReactionBar } from './connected-reaction-bar';
import './item-conversation.css';

export interface ItemConversationProps {
  /** The article's or post's id. */
  id: string;
  kind: ConversationItemKind;
  /** Names the item's reaction group, e.g. "Reactions to the article". */
  reactionsLabel?: string;
  /** Level of the "Comments" heading: one below the item's own heading (2 under an article page). */
  headingLevel?: 2 | 3 | 4;
}

const TYPENAME = { ARTICLE: 'Article', POST: 'Post' } as const;

/**
 * An article's or post's reactions and comments, wired to the API. Everything it needs comes from
 * its props and its own query, so a page drops it under any item: `<ItemConversation id kind />`.
 * What the viewer may do (edit, delete, close comments) is the API's answer; reporting is offered on
 * others' comments.
 */
export function ItemConversation({ id, kind, reactionsLabel, headingLevel = 2 }: ItemConversationProps) {
  const { t } = useTranslation();
  const { data, error, loading, refetch, fetchMore } = useItemConversation(id, kind);
  const [addComment] = useAddComment();
  const [editComment] = useEditComment();
  const [deleteComment] = useDeleteComment();
  const [report] = useReportContent();
  const searchPeople = useMentionSearch(id);

  const item = data?.article ?? data?.post;
  if (error && !item) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!item || !data) return loading ? <Loading /> : null;

  const typename = TYPENAME[kind];
  const me = data.me;
  const isEditor = isEditorRole(me.role);
  // Editors close comments on news; a space's moderators (and editors) on its posts.
  const canClose = data.post ? data.post.space.viewerCanModerate || isEditor : isEditor;
  const comments = toConversationComments(item.comments.edges, me.id);
  const pageInfo = item.comments.pageInfo;

  return (
    <div className="conversation">
      <ConnectedReactionBar
        typename={typename}
        targetId={item.id}
        counts={item.reactionCounts}
        myReaction={item.myReaction}
        label={reactionsLabel}
      />
      {canClose && (
        <CloseCommentsButton targetId={item.id} typename={typename} closed={item.commentsClosed} />
      )}
      <CommentThread
        comments={comments}
        totalCount={item.commentCount}
        hasMore={pageInfo.hasNextPage}
        loadingMore={loading}
        onShowMore={() =>
          fetchMore({ variables: { after: pageInfo.endCursor ?? null, first: COMMENTS_PAGE_SIZE } })
        }
        canComment
        closed={item.commentsClosed}
        headingLevel={headingLevel}
        viewerId={me.id}
        maxLength={COMMENT_BODY_MAX_LENGTH}
        searchPeople={searchPeople}
        onAdd={(body, parentId) =>
          addComment({
            variables: { targetId: item.id, body, parentId },
            update: (cache, result) => {
              const added = result.data?.addComment;
              if (added) addCommentToCache(cache, { typename, id: item.id }, added);
            },
          })
        }
        onEdit={(commentId, body) => editComment({ variables: { id: commentId, body } })}
        onDelete={(commentId, reason) =>
          deleteComment({
            variables: { id: commentId, reason: reason ?? null },
            update: (cache) =>
              cache.modify({
                id: cache.identify({ __typename: typename, id: item.id }),
                fields: { commentCount: (count: number) => Math.max(0, count - 1) },
              }),
          })
        }
        onReport={async (commentId, reason) => {
          try {
            await report({ variables: { targetId: commentId, reason } });
          } catch (e) {
            // Reported before: the moderators already have it, which is what the person wants.
            if (readAppError(e).reason !== 'ALREADY_REPORTED') throw e;
          }
        }}
        renderReactions={(comment) => (
          <ConnectedReactionBar
            typename="Comment"
            targetId={comment.id}
            counts={comment.reactionCounts ?? []}
            myReaction={comment.myReaction ?? null}
            label={t('conversation.reactions.commentLabel', { name: commentAuthorName(comment, t) })}
          />
        )}
      />
    </div>
  );
}
