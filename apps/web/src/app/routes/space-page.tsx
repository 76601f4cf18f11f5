import { useTranslation } from 'react-i18next';
import { useCurrentSession } from '../../features/auth/api/current-session.query';
import { ItemConversation } from '../../features/conversation/components/item-conversation';
import { SpaceRoute } from '../../features/spaces/routes/space-route';

/**
 * A space's page with reactions and comments under each post: the app joins the two features, and
 * tells the space who is signed in.
 */
export function SpacePage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  return (
    <SpaceRoute
      viewerId={session.data?.me.id}
      conversation={(post) => (
        <ItemConversation
          key={post.id}
          id={post.id}
          kind="POST"
          headingLevel={4}
          reactionsLabel={t('conversation.reactions.postLabel', { name: post.author.displayName })}
        />
      )}
    />
  );
}
