import type { ConversationCommentFieldsFragment } from '@commons/web-graphql';
import type { ConversationComment } from '../types';

type ApiComment = ConversationCommentFieldsFragment & {
  replies?: readonly ConversationCommentFieldsFragment[];
};

/**
 * The API's comment as the thread components take it. Reporting is offered on others' comments
 * (the API has no viewerCanReport; it accepts a report of any visible comment, which a withheld
 * placeholder is not).
 */
export function toConversationComment(comment: ApiComment, viewerId: string): ConversationComment {
  return {
    id: comment.id,
    author: comment.author,
    createdAt: comment.createdAt,
    editedAt: comment.editedAt,
    bodyHtml: comment.removed || comment.withheld ? null : comment.bodyHtml,
    deleted: comment.removed,
    hidden: comment.hidden !== null,
    hiddenReason: comment.hidden?.reason ?? null,
    withheld: comment.withheld,
    viewerCanEdit: comment.viewerCanEdit,
    viewerCanDelete: comment.viewerCanDelete,
    viewerCanReport: !comment.removed && !comment.withheld && comment.author?.id !== viewerId,
    reactionCounts: comment.reactionCounts,
    myReaction: comment.myReaction,
    replies: comment.replies?.map((reply) =>
      toConversationComment({ ...reply, replies: undefined }, viewerId),
    ),
  };
}

/**
 * Top-level comments in thread order. A comment the viewer just posted is appended in the cache and
 * may come again with a later page: the later copy (its true place) is kept.
 */
export function toConversationComments(
  edges: readonly { node: ApiComment }[],
  viewerId: string,
): ConversationComment[] {
  const lastIndex = new Map(edges.map((edge, index) => [edge.node.id, index]));
  return edges
    .filter((edge, index) => lastIndex.get(edge.node.id) === index)
    .map((edge) => toConversationComment(edge.node, viewerId));
}
