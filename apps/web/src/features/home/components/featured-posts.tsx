import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFeaturedPosts } from '../api/featured-posts.query';
import { plainExcerpt } from '../utils/plain-excerpt.util';
import { paths } from '@/config/paths';
import './home.css';

/** Characters of a post's text shown under its link. */
const EXCERPT_LENGTH = 160;

/**
 * "Featured from the spaces": the few staff posts editors featured most recently, each a heading
 * link to the post (author and space) over the start of its text, with its first picture (lazy, with
 * its alt text) when it has one. Nothing at all while loading, on error or when none are featured: it
 * is an extra, and home must neither jump nor fail over it.
 */
export function FeaturedPosts() {
  const { t } = useTranslation();
  const headingId = useId();
  const { data } = useFeaturedPosts();

  // A post an editor stops featuring here (the cache updates `featured`) leaves the list at once.
  const posts = (data?.featuredPosts.edges ?? []).map((edge) => edge.node).filter((post) => post.featured);
  if (posts.length === 0) return null;

  return (
    <section className="news__section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('home.featured.heading')}</h2>
      <ul className="news-list">
        {posts.map((post) => {
          const excerpt = plainExcerpt(post.bodyHtml, EXCERPT_LENGTH);
          const image = post.images[0];
          return (
            <li key={post.id} className={`card featured-post${image ? ' featured-post--with-image' : ''}`}>
              {image && (
                <img
                  className="featured-post__image"
                  src={image.url}
                  srcSet={image.srcSet || undefined}
                  sizes="(min-width: 40rem) 12rem, calc(100vw - 3rem)"
                  width={image.width}
                  height={image.height}
                  alt={image.alt}
                  loading="lazy"
                  decoding="async"
                />
              )}
              <div className="featured-post__text">
                <h3 className="news-card__title">
                  <Link to={paths.post.to(post.id)}>
                    {t('home.featured.post', { name: post.author.displayName, space: post.space.name })}
                  </Link>
                </h3>
                {excerpt && <p>{excerpt}</p>}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
