import './people-listbox.css';

/** The id of option `index` of the listbox `listId`, for the field's aria-activedescendant. */
export function peopleOptionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}

interface PeopleListboxProps<P extends { id: string; displayName: string; title?: string | null }> {
  id: string;
  label: string;
  /** Extra class (placement); the look is .combobox__list. */
  className?: string;
  expanded: boolean;
  people: readonly P[];
  /** The highlighted option (aria-selected). */
  active: number;
  onPick: (person: P) => void;
}

/**
 * The listbox of an APG combobox whose options are people (name, then title): the @mention list and
 * the invite search. Focus stays in the field, which moves the highlight through
 * aria-activedescendant; a click picks without taking focus from the field.
 */
export function PeopleListbox<P extends { id: string; displayName: string; title?: string | null }>({
  id,
  label,
  className,
  expanded,
  people,
  active,
  onPick,
}: PeopleListboxProps<P>) {
  return (
    <ul
      id={id}
      role="listbox"
      aria-label={label}
      className={`combobox__list ${className ?? ''}`.trim()}
      hidden={!expanded}
    >
      {expanded &&
        people.map((person, index) => (
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- the keyboard picks through the field (aria-activedescendant), per the APG combobox
          <li
            key={person.id}
            id={peopleOptionId(id, index)}
            role="option"
            aria-selected={index === active}
            className="combobox__option"
            // Keep focus (and the caret) in the field.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => onPick(person)}
          >
            <span className="combobox__name">{person.displayName}</span>
            {person.title && <span className="combobox__detail">, {person.title}</span>}
          </li>
        ))}
    </ul>
  );
}
