import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router';

/**
 * The server's sanitised comment HTML (light profile). Links inside the app, such as mentions
 * (/people/ID), go through the router instead of reloading the page.
 */
export function CommentBody({ html }: { html: string }) {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const link = (event.target as Element).closest?.('a');
    const href = link?.getAttribute('href');
    if (!href || !href.startsWith('/') || href.startsWith('//')) return;
    event.preventDefault();
    void navigate(href);
  };
  // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- delegation for the links inside, which keep their own keyboard behaviour (Enter fires click)
  return <div className="comment__body prose" onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />;
}
