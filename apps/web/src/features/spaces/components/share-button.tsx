import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ShareDialog, type ShareKind } from './share-dialog';

interface ShareButtonProps {
  targetId: string;
  kind: ShareKind;
  /** A post's byline ("by Bo"), also said after the button's name; an article's title. */
  what: string;
}

/**
 * "Share to a space" and its dialog, for a post card or an article page (the app passes it to news
 * as a slot). Focus comes back to the button when the dialog closes.
 */
export function ShareButton({ targetId, kind, what }: ShareButtonProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLButtonElement>(null);
  const closed = useRef(false);

  // The button is there again once the dialog is gone: focus it then, not before.
  useEffect(() => {
    if (open || !closed.current) return;
    closed.current = false;
    ref.current?.focus();
  }, [open]);

  return (
    <>
      <button type="button" ref={ref} className="button button--secondary" onClick={() => setOpen(true)}>
        {t('spaces.share.open')}
        {/* An article page has one; a list of posts needs to say whose. */}
        {kind === 'post' && <span className="visually-hidden"> {what}</span>}
      </button>
      {open && (
        <ShareDialog
          targetId={targetId}
          kind={kind}
          what={what}
          onClose={() => {
            closed.current = true;
            setOpen(false);
          }}
        />
      )}
    </>
  );
}
