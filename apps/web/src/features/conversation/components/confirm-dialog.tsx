import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import { ModalDialog } from '@/components/ui/modal-dialog';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  busyLabel: string;
  onConfirm: () => Promise<unknown>;
  onClose: () => void;
  returnFocusTo?: () => HTMLElement | null | undefined;
}

/** A destructive question: focus starts on Cancel, the safe choice (APG alert dialog). */
export function ConfirmDialog({
  open,
  title,
  text,
  confirmLabel,
  busyLabel,
  onConfirm,
  onClose,
  returnFocusTo,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const textId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (e) {
      setError(t(generalErrorKey(readAppError(e))));
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      open={open}
      title={title}
      onClose={onClose}
      initialFocus={cancelRef}
      returnFocusTo={returnFocusTo}
      describedBy={textId}
    >
      <p id={textId}>{text}</p>
      {error && (
        <p className="field__error" role="alert">
          <span className="visually-hidden">{t('errors.prefix')} </span>
          {error}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button--warning"
          aria-disabled={busy || undefined}
          onClick={() => void confirm()}
        >
          {busy ? busyLabel : confirmLabel}
        </button>
        <button ref={cancelRef} type="button" className="button button--secondary" onClick={onClose}>
          {t('conversation.comments.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
