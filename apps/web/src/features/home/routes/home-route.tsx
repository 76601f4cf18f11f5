import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';
import { QueryError } from '@/components/ui/query-error';
import { useHomeGreeting } from '../api/home-greeting.query';
import { paths } from '@/config/paths';
import '../components/home.css';

/**
 * Home: greets the person with their place in the organisation, then their news. The feed comes from
 * the news feature through `news` (features do not import each other; the app joins them).
 */
export function HomeRoute({ news }: { news?: ReactNode }) {
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useHomeGreeting();
  const pathId = useId();
  const shortcutsId = useId();

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <Loading />;

  const me = data.me;
  const unit = me.orgUnitPath[me.orgUnitPath.length - 1];
  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.greeting', { name: me.displayName })}</PageHeading>
      {news}
      <div className="home-grid">
        <section className="card" aria-labelledby={pathId}>
          <h2 id={pathId}>{t('home.unitPathLabel')}</h2>
          {unit && <p>{t('home.unit', { unit: unit.name })}</p>}
          <ol className="org-path">
            {me.orgUnitPath.map((u) => (
              <li key={u.id}>{u.name}</li>
            ))}
          </ol>
          <p>{me.location ? t('home.location', { location: me.location.name }) : t('home.noLocation')}</p>
        </section>
        <section className="card" aria-labelledby={shortcutsId}>
          <h2 id={shortcutsId}>{t('home.shortcutsHeading')}</h2>
          <ul className="link-list">
            <li>
              <Link to={paths.people.to()}>{t('home.findPeople')}</Link>
            </li>
            <li>
              <Link to={paths.person.to(me.id)}>{me.displayName}</Link>
            </li>
            <li>
              <Link to={paths.settings.to()}>{t('home.yourSettings')}</Link>
            </li>
          </ul>
        </section>
      </div>
    </>
  );
}
