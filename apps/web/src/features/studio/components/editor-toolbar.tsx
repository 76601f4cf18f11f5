import { useRef, useState, type KeyboardEvent } from 'react';
import './rich-text-editor.css';

export interface ToolbarItem {
  id: string;
  label: string;
  /** Formatting state for toggles (aria-pressed); undefined for plain actions such as "Link…". */
  pressed?: boolean;
  disabled?: boolean;
  run: () => void;
}

interface EditorToolbarProps {
  label: string;
  controls: string;
  items: ToolbarItem[];
}

/**
 * The editor's formatting toolbar (APG toolbar): one tab stop, arrows move between buttons (Home/End
 * to the ends), toggles report aria-pressed. The last button used keeps the tab stop.
 */
export function EditorToolbar({ label, controls, items }: EditorToolbarProps) {
  const [active, setActive] = useState(0);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = Math.min(active, items.length - 1);

  const move = (index: number) => {
    const next = (index + items.length) % items.length;
    setActive(next);
    refs.current[next]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const handled: Record<string, () => void> = {
      ArrowRight: () => move(current + 1),
      ArrowLeft: () => move(current - 1),
      Home: () => move(0),
      End: () => move(items.length - 1),
    };
    const action = handled[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  return (
    <div role="toolbar" aria-label={label} aria-controls={controls} className="toolbar" onKeyDown={onKeyDown}>
      {items.map((item, index) => (
        <button
          key={item.id}
          ref={(el) => {
            refs.current[index] = el;
          }}
          type="button"
          className="toolbar__button"
          tabIndex={index === current ? 0 : -1}
          aria-pressed={item.pressed}
          aria-disabled={item.disabled || undefined}
          onFocus={() => setActive(index)}
          // Keep the editor's selection: a mouse press on the toolbar must not blur the text first.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            if (!item.disabled) item.run();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
