import { useTranslation } from 'react-i18next';
import { ItemConversation } from '../../features/conversation/components/item-conversation';
import { ArticleRoute } from '../../features/news/routes/article-route';

/** The news article page with its reactions and comments underneath: the app joins the two features. */
export function ArticlePage() {
  const { t } = useTranslation();
  return (
    <ArticleRoute
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
