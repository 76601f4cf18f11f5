import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import './modal-dialog.css';

export interface ModalDialogProps {
  open: boolean;
  title: string;
  /** Esc, Cancel or the caller's own close: the caller sets open to false. */
  onClose: () => void;
  children: ReactNode;
  /** Where focus goes on open; the first focusable element otherwise. */
  initialFocus?: RefObject<HTMLElement | null>;
  /**
   * Where focus goes on close when the element that opened the dialog is gone (a menu item, a
   * deleted comment's button). Defaults to that opener.
   */
  returnFocusTo?: () => HTMLElement | null | undefined;
  /** For alertdialog-style confirmations: the element whose text describes the question. */
  describedBy?: string;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), textarea:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal per ACCESSIBILITY.md: a native <dialog> opened with showModal() (the browser makes the page
 * behind it inert), titled by its heading; focus moves in, Tab and Shift+Tab wrap inside, Esc closes,
 * and focus returns to where it came from.
 */
export function ModalDialog({
  open,
  title,
  onClose,
  children,
  initialFocus,
  returnFocusTo,
  describedBy,
}: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  // The latest callbacks without re-running the open/close effect on every render.
  const latest = useRef({ initialFocus, returnFocusTo });
  latest.current = { initialFocus, returnFocusTo };

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      const first =
        latest.current.initialFocus?.current ?? dialog.querySelector<HTMLElement>(FOCUSABLE) ?? dialog;
      first.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      const back = latest.current.returnFocusTo?.() ?? (opener.current?.isConnected ? opener.current : null);
      back?.focus();
    }
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusables = [...(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    if (focusables.length === 0) return;
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className="modal"
      aria-labelledby={titleId}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      // The browser's own Esc handling: let React state close it, so focus return runs once.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className="modal__title">
        {title}
      </h2>
      {open && children}
    </dialog>
  );
}
