import { useEffect, useRef, type ReactNode } from 'react';
import { useRouteFocus } from './route-focus';
import { useDocumentTitle } from './use-document-title';

interface PageHeadingProps {
  children: ReactNode;
  /** The page's name in the document title. */
  title: string;
  /** Prefix the document title with "Error:" while the page shows form errors. */
  error?: boolean;
}

/**
 * The page's h1. It names the page in the document title and, after a navigation (not on first
 * load), takes focus so screen reader and keyboard users start at the top of the new page.
 */
export function PageHeading({ children, title, error }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { navigation, claim } = useRouteFocus();
  useDocumentTitle(title, { error });

  useEffect(() => {
    if (claim(navigation)) ref.current?.focus();
  }, [navigation, claim]);

  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children}
    </h1>
  );
}
