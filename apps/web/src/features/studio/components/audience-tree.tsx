import { useMemo, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import {
  buildUnitTree,
  checkState,
  toggleUnit,
  type UnitNode,
  type UnitTree,
} from '../utils/audience-tree.util';
import './audience-tree.css';

interface AudienceTreeProps {
  units: readonly UnitNode[];
  selected: ReadonlySet<string>;
  onChange: (next: Set<string>) => void;
  labelledBy: string;
  /** Only units whose name contains this (and their ancestors) are shown, expanded. */
  filter?: string;
}

interface VisibleItem {
  unit: UnitNode;
  level: number;
  setSize: number;
  posInSet: number;
  hasChildren: boolean;
}

/**
 * The org-unit picker as an APG tree view: role=tree with aria-multiselectable and aria-checked
 * (mixed on part-chosen parents), one tab stop, Up/Down through visible items, Right/Left to open,
 * close or move between parent and child, Home/End, Space to choose, and type-ahead by name.
 */
export function AudienceTree({ units, selected, onChange, labelledBy, filter = '' }: AudienceTreeProps) {
  const { t } = useTranslation();
  const tree = useMemo(() => buildUnitTree(units), [units]);
  const [expanded, setExpanded] = useState<Set<string>>(
    () => new Set((tree.children.get(null) ?? []).map((u) => u.id)),
  );
  const [focusId, setFocusId] = useState<string | null>(null);
  const refs = useRef(new Map<string, HTMLLIElement>());
  const typed = useRef({ text: '', at: 0 });

  const matches = useMemo(() => matchingIds(tree, filter), [tree, filter]);
  const isOpen = (id: string) => (matches ? true : expanded.has(id));
  const visible = useMemo(() => {
    const out: VisibleItem[] = [];
    const walk = (parent: string | null, level: number) => {
      const list = (tree.children.get(parent) ?? []).filter((u) => !matches || matches.has(u.id));
      list.forEach((unit, i) => {
        const hasChildren = (tree.children.get(unit.id) ?? []).length > 0;
        out.push({ unit, level, setSize: list.length, posInSet: i + 1, hasChildren });
        if (hasChildren && isOpen(unit.id)) walk(unit.id, level + 1);
      });
    };
    walk(null, 1);
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tree, matches, expanded]);

  const current = visible.find((v) => v.unit.id === focusId)?.unit.id ?? visible[0]?.unit.id ?? null;

  const focus = (id: string | undefined) => {
    if (!id) return;
    setFocusId(id);
    refs.current.get(id)?.focus();
  };
  const setOpen = (id: string, open: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (!current) return;
    const index = visible.findIndex((v) => v.unit.id === current);
    const item = visible[index];
    const open = item.hasChildren && isOpen(item.unit.id);
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        focus(visible[index + 1]?.unit.id);
        break;
      case 'ArrowUp':
        focus(visible[index - 1]?.unit.id);
        break;
      case 'ArrowRight':
        if (item.hasChildren && !open) setOpen(item.unit.id, true);
        else if (open) focus(visible[index + 1]?.unit.id);
        break;
      case 'ArrowLeft':
        if (open && !matches) setOpen(item.unit.id, false);
        else if (item.unit.parentId) focus(item.unit.parentId);
        break;
      case 'Home':
        focus(visible[0]?.unit.id);
        break;
      case 'End':
        focus(visible[visible.length - 1]?.unit.id);
        break;
      case ' ':
      case 'Enter':
        onChange(toggleUnit(tree, selected, item.unit.id));
        break;
      default:
        handled = typeAhead(event.key, index);
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  // Type-ahead: letters typed within a second form a prefix; the next visible match after the current item gets focus.
  const typeAhead = (key: string, index: number): boolean => {
    if (key.length !== 1 || !/\S/u.test(key)) return false;
    const now = Date.now();
    typed.current = {
      text: now - typed.current.at < 1000 ? typed.current.text + key.toLowerCase() : key.toLowerCase(),
      at: now,
    };
    const prefix = typed.current.text;
    const start = prefix.length > 1 ? index : index + 1;
    for (let i = 0; i < visible.length; i += 1) {
      const candidate = visible[(start + i) % visible.length];
      if (candidate.unit.name.toLowerCase().startsWith(prefix)) {
        focus(candidate.unit.id);
        break;
      }
    }
    return true;
  };

  const renderLevel = (parent: string | null): ReactElement[] =>
    visible
      .filter((v) => (v.unit.parentId && tree.byId.has(v.unit.parentId) ? v.unit.parentId : null) === parent)
      .map(({ unit, level, setSize, posInSet, hasChildren }) => {
        const state = checkState(tree, selected, unit.id);
        const open = hasChildren && isOpen(unit.id);
        return (
          // Keys are handled once, on the tree (roving focus); a click chooses like Space does.
          // ARIA 1.2 requires no aria-selected on treeitem, and APG multi-select trees use aria-checked alone.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={unit.id}
            ref={(el) => {
              if (el) refs.current.set(unit.id, el);
              else refs.current.delete(unit.id);
            }}
            // eslint-disable-next-line jsx-a11y/role-has-required-aria-props
            role="treeitem"
            aria-level={level}
            aria-setsize={setSize}
            aria-posinset={posInSet}
            aria-checked={state}
            aria-expanded={hasChildren ? open : undefined}
            tabIndex={unit.id === current ? 0 : -1}
            className="tree__item"
            onFocus={(e) => {
              if (e.target === e.currentTarget) setFocusId(unit.id);
            }}
            onClick={(e) => {
              e.stopPropagation();
              focus(unit.id);
              onChange(toggleUnit(tree, selected, unit.id));
            }}
          >
            <span className="tree__row">
              {hasChildren ? (
                <span
                  className="tree__toggle"
                  aria-hidden="true"
                  onClick={(e) => {
                    e.stopPropagation();
                    focus(unit.id);
                    setOpen(unit.id, !open);
                  }}
                >
                  {open ? '▾' : '▸'}
                </span>
              ) : (
                <span className="tree__toggle" aria-hidden="true" />
              )}
              <span className={`tree__box tree__box--${state}`} aria-hidden="true">
                {state === 'true' ? '✓' : state === 'mixed' ? '–' : ''}
              </span>
              <span className="tree__name">{unit.name}</span>
            </span>
            {open && (
              <ul role="group" className="tree__group">
                {renderLevel(unit.id)}
              </ul>
            )}
          </li>
        );
      });

  if (visible.length === 0) return <p>{t('studio.audience.noUnitsMatch')}</p>;
  return (
    <ul
      role="tree"
      aria-multiselectable="true"
      aria-labelledby={labelledBy}
      className="tree"
      onKeyDown={onKeyDown}
    >
      {renderLevel(null)}
    </ul>
  );
}

/** Ids of units whose name contains the filter and of their ancestors; null when there is no filter. */
function matchingIds(tree: UnitTree, filter: string): Set<string> | null {
  const needle = filter.trim().toLowerCase();
  if (!needle) return null;
  const ids = new Set<string>();
  for (const unit of tree.byId.values()) {
    if (!unit.name.toLowerCase().includes(needle)) continue;
    let id: string | null = unit.id;
    while (id && !ids.has(id)) {
      ids.add(id);
      id = tree.byId.get(id)?.parentId ?? null;
    }
  }
  return ids;
}
