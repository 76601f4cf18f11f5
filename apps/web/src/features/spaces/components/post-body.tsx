import type { ReactNode } from 'react';
import type { SpacePostFieldsFragment } from '@commons/web-graphql';
import { SharedOriginal } from './shared-original';
import { SpacePoll, type PollHeadingLevel } from './space-poll';
import './post-card.css';

/**
 * What a post says, the same in the space and in the home feed: its text (sanitised by the server, so
 * rendered as is), link, images with their alt text, a shared original (or "no longer available") and
 * its poll. `editor` stands in for the text while the author edits it; `pollHeadingLevel` is one below
 * the card's heading.
 */
export function PostBody({
  post,
  editor,
  pollHeadingLevel,
}: {
  post: SpacePostFieldsFragment;
  editor?: ReactNode;
  pollHeadingLevel?: PollHeadingLevel;
}) {
  return (
    <>
      {editor ??
        (post.bodyHtml && (
          <div className="prose post-card__body" dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
        ))}
      {post.link && (
        <p className="post-card__link">
          <a href={post.link} rel="noopener noreferrer">
            {post.link}
          </a>
        </p>
      )}
      {post.images.length > 0 && (
        <ul className="post-card__images">
          {post.images.map((image) => (
            <li key={image.id}>
              <img
                src={image.url}
                srcSet={image.srcSet || undefined}
                sizes={image.sizes ?? '(min-width: 48rem) 40rem, 100vw'}
                width={image.width}
                height={image.height}
                alt={image.alt}
                loading="lazy"
                decoding="async"
              />
            </li>
          ))}
        </ul>
      )}
      {post.isShare && <SharedOriginal post={post} />}
      {post.poll && <SpacePoll poll={post.poll} headingLevel={pollHeadingLevel} />}
    </>
  );
}
