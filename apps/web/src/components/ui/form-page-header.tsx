import type { RefObject } from 'react';
import { Link } from 'react-router';
import { ErrorBanner } from './error-banner';
import { ErrorSummary, type FieldError } from './error-summary';
import { PageHeading } from './page-heading';

interface FormPageHeaderProps {
  /** Where "back" leads, and its text. */
  backTo: string;
  backLabel: string;
  /** The page's h1 and document title. */
  title: string;
  /** The form's field errors: the summary above the heading, "Error:" in the document title. */
  errors: FieldError[];
  summaryRef: RefObject<HTMLDivElement | null>;
  /** An error not about one field (the server refused, the network failed). */
  serverError: string | null;
}

/** The top of a page that is one form: back link, error summary, heading, and the form's own error. */
export function FormPageHeader({
  backTo,
  backLabel,
  title,
  errors,
  summaryRef,
  serverError,
}: FormPageHeaderProps) {
  return (
    <>
      <p>
        <Link to={backTo} className="back-link">
          {backLabel}
        </Link>
      </p>
      <ErrorSummary ref={summaryRef} errors={errors} />
      <PageHeading title={title} error={errors.length > 0}>
        {title}
      </PageHeading>
      <ErrorBanner message={serverError} />
    </>
  );
}
