import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '@/components/ui/announcer';
import { readAppError } from '@/utils/graphql-error';
import { useCurrentSession } from '@/features/auth/api/current-session.query';
import { useReportContent } from '@/features/conversation/api/report.mutation';
import { ItemConversation } from '@/features/conversation/components/item-conversation';
import { ReportDialog } from '@/features/conversation/components/report-dialog';
import type { PostSlots } from '@/features/spaces/components/space-post-card';

/**
 * What a post card gets from the conversation feature, the same in a space's feed and on the post's
 * own page: its reactions and comments underneath, and "Report post" on other people's posts.
 */
export function usePostSlots(): PostSlots {
  const { t } = useTranslation();
  const viewerId = useCurrentSession().data?.me.id;
  return useMemo<PostSlots>(
    () => ({
      conversation: (post, headingLevel) => (
        <ItemConversation
          key={post.id}
          id={post.id}
          kind="POST"
          headingLevel={headingLevel}
          reactionsLabel={t('conversation.reactions.postLabel', { name: post.author.displayName })}
        />
      ),
      // Not one's own post (nor before we know who is looking), and not one already hidden.
      report: (post) =>
        viewerId && post.author.id !== viewerId && !post.hidden ? (
          <ReportPostButton postId={post.id} authorName={post.author.displayName} />
        ) : null,
    }),
    [t, viewerId],
  );
}

/** "Report post by Bo" and the report dialog that comments use; sends `report(targetId, reason)`. */
function ReportPostButton({ postId, authorName }: { postId: string; authorName: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [report] = useReportContent();
  const [open, setOpen] = useState(false);
  const alreadyReported = useRef(false);
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {t('spaces.post.report')}
        <span className="visually-hidden"> {t('spaces.post.byline', { name: authorName })}</span>
      </button>
      <ReportDialog
        open={open}
        title={t('spaces.post.reportTitle', { name: authorName })}
        onSubmit={async (reason) => {
          try {
            await report({ variables: { targetId: postId, reason } });
          } catch (e) {
            // Reported before: the moderators already have it, so the dialog closes as after a report.
            if (readAppError(e).reason !== 'ALREADY_REPORTED') throw e;
            alreadyReported.current = true;
          }
        }}
        onClose={() => {
          setOpen(false);
          // The dialog thanks the person, then closes: saying "already reported" after that replaces
          // its message (the announcer speaks the last one), so they hear what really happened.
          if (alreadyReported.current) {
            alreadyReported.current = false;
            announce(t('spaces.post.alreadyReported'));
          }
        }}
      />
    </>
  );
}
