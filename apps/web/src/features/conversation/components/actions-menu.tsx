import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './actions-menu.css';

export interface MenuAction {
  id: string;
  label: string;
  run: () => void;
}

interface ActionsMenuProps {
  /** Visible text of the button, e.g. "More". */
  label: string;
  /** Hidden context completing the name, e.g. "for the comment by Anna Lind". */
  context: string;
  actions: readonly MenuAction[];
  buttonRef?: (el: HTMLButtonElement | null) => void;
  icon?: ReactNode;
}

/**
 * APG menu button: Enter, Space or Down open the menu on its first item, Up on its last; in the menu
 * Up/Down wrap, Home/End jump, Esc closes and returns to the button, Tab closes and moves on. Choosing
 * an item closes the menu first, so the action can move focus where it needs to.
 */
export function ActionsMenu({ label, context, actions, buttonRef, icon }: ActionsMenuProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const menuId = useId();
  const button = useRef<HTMLButtonElement | null>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (open) items.current[active]?.focus();
  }, [open, active]);

  const openAt = (index: number) => {
    setActive(index);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      openAt(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(actions.length - 1);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const last = actions.length - 1;
    const moves: Record<string, () => void> = {
      ArrowDown: () => setActive((i) => (i >= last ? 0 : i + 1)),
      ArrowUp: () => setActive((i) => (i <= 0 ? last : i - 1)),
      Home: () => setActive(0),
      End: () => setActive(last),
      Escape: () => close(true),
    };
    if (event.key === 'Tab') {
      close(false);
      return;
    }
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    event.stopPropagation();
    move();
  };

  if (actions.length === 0) return null;
  return (
    <div
      className="menu"
      onBlur={(event) => {
        // Clicking or tabbing elsewhere closes the menu.
        if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={(el) => {
          button.current = el;
          buttonRef?.(el);
        }}
        type="button"
        className="button button--secondary menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        {icon}
        {label}
        <span className="visually-hidden"> {context}</span>
      </button>
      {open && (
        <ul
          id={menuId}
          role="menu"
          aria-label={`${label} ${context}`}
          className="menu__list"
          onKeyDown={onMenuKeyDown}
        >
          {actions.map((action, index) => (
            <li key={action.id} role="none">
              <button
                ref={(el) => {
                  items.current[index] = el;
                }}
                type="button"
                role="menuitem"
                tabIndex={index === active ? 0 : -1}
                className="menu__item"
                onClick={() => {
                  close(true);
                  action.run();
                }}
              >
                {action.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
