/**
 * An error that is not about one field (a refused action, a failed request), announced as it
 * appears (role="alert"). Renders nothing while there is no message.
 */
export function ErrorBanner({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div className="banner banner--error" role="alert">
      {message}
    </div>
  );
}
