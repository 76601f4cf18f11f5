import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/text-field';
import { usePreviewPeople } from '../api/preview-people.query';
import './preview-panel.css';

export interface PreviewPerson {
  id: string;
  displayName: string;
  orgUnitPath: { id: string }[];
  location: { id: string; name: string } | null;
}

/**
 * The same rule the API applies (article-visibility.ts): the audience reaches a person when no unit
 * is chosen or one of the chosen units is theirs or above theirs, and no location is chosen or theirs is.
 */
export function audienceReaches(
  person: PreviewPerson,
  orgUnitIds: readonly string[],
  locationIds: readonly string[],
): boolean {
  const unitOk = orgUnitIds.length === 0 || person.orgUnitPath.some((u) => orgUnitIds.includes(u.id));
  const locationOk =
    locationIds.length === 0 || (person.location !== null && locationIds.includes(person.location.id));
  return unitOk && locationOk;
}

interface PreviewPanelProps {
  orgUnitIds: readonly string[];
  locationIds: readonly string[];
  /** The article as the reader page renders it (given by the app, which joins studio and reader). */
  renderArticle: () => ReactNode;
}

/** Preview as a chosen colleague: whether the article would reach them, and the article as they would see it. */
export function PreviewPanel({ orgUnitIds, locationIds, renderArticle }: PreviewPanelProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [person, setPerson] = useState<PreviewPerson | null>(null);
  const { data } = usePreviewPeople(search);
  const headingId = useId();
  const resultsId = useId();
  const people = data?.people.edges.map((e) => e.node) ?? [];
  const reaches = person ? audienceReaches(person, orgUnitIds, locationIds) : null;

  return (
    <section aria-labelledby={headingId} className="studio-section">
      <h2 id={headingId}>{t('studio.preview.heading')}</h2>
      <TextField
        id="preview-person"
        label={t('studio.preview.person')}
        hint={t('studio.preview.personHint')}
        type="search"
        autoComplete="off"
        value={search}
        onChange={(e) => setSearch(e.target.value)}
      />
      {people.length > 0 && (
        <>
          <h3 id={resultsId}>{t('studio.preview.results', { count: people.length })}</h3>
          <ul className="link-list" aria-labelledby={resultsId}>
            {people.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  className="button button--link"
                  aria-pressed={person?.id === p.id}
                  onClick={() => setPerson(p)}
                >
                  {t('studio.preview.as', { name: p.displayName })}
                </button>{' '}
                <span className="studio-item__meta">
                  {[p.orgUnit.name, p.location?.name].filter(Boolean).join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {person && (
        <div className="preview">
          <p className={`preview__verdict preview__verdict--${reaches ? 'yes' : 'no'}`}>
            <strong>
              {reaches
                ? t('studio.preview.reaches', { name: person.displayName })
                : t('studio.preview.doesNotReach', { name: person.displayName })}
            </strong>
          </p>
          {reaches && (
            <div
              className="preview__frame"
              role="region"
              aria-label={t('studio.preview.frameLabel', { name: person.displayName })}
            >
              {renderArticle()}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
