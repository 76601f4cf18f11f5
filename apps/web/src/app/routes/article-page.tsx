import { useTranslation } from 'react-i18next';
import { ItemConversation } from '@/features/conversation/components/item-conversation';
import { ArticleRoute } from '@/features/news/routes/article-route';
import { ShareButton } from '@/features/spaces/components/share-button';

/**
 * The news article page with sharing to a space (spaces) and its reactions and comments underneath
 * (conversation): the app joins the three features.
 */
export function ArticlePage() {
  const { t } = useTranslation();
  return (
    <ArticleRoute
      share={(article) => <ShareButton targetId={article.id} kind="article" what={article.title} />}
      conversation={(article) => (
        <ItemConversation
          key={article.id}
          id={article.id}
          kind="ARTICLE"
          reactionsLabel={t('conversation.reactions.articleLabel')}
        />
      )}
    />
  );
}
