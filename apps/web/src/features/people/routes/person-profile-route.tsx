import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { PageHeading } from '@/components/ui/page-heading';
import { QueryError } from '@/components/ui/query-error';
import { readAppError } from '@/utils/graphql-error';
import { usePersonProfile } from '../api/person-profile.query';
import { paths } from '@/config/paths';
import './person-profile-route.css';

/** A person's profile: who they are, where they sit in the organisation, how to reach them. */
export function PersonProfileRoute() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const detailsId = useId();
  const { data, error, loading, refetch } = usePersonProfile(id);

  const back = (
    <p>
      <Link to={paths.people.to()} className="back-link">
        {t('profile.back')}
      </Link>
    </p>
  );

  if (error && readAppError(error).code === 'NOT_FOUND') {
    return (
      <>
        {back}
        <PageHeading title={t('profile.notFoundTitle')}>{t('profile.notFoundTitle')}</PageHeading>
        <p>{t('profile.notFoundBody')}</p>
      </>
    );
  }
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <Loading />;

  const person = data.person;
  const since = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
    new Date(person.createdAt),
  );
  return (
    <>
      {back}
      <PageHeading title={person.displayName}>{person.displayName}</PageHeading>
      <p className="lead">{person.title ?? t('profile.noTitle')}</p>
      <section aria-labelledby={detailsId}>
        <h2 id={detailsId}>{t('profile.details')}</h2>
        <dl className="summary-list">
          <div className="summary-list__row">
            <dt>{t('profile.unit')}</dt>
            <dd>
              <ol className="org-path">
                {person.orgUnitPath.map((unit) => (
                  <li key={unit.id}>{unit.name}</li>
                ))}
              </ol>
            </dd>
          </div>
          <div className="summary-list__row">
            <dt>{t('profile.location')}</dt>
            <dd>
              {person.location ? person.location.name : t('profile.none')}
              {person.location?.address && (
                <span className="summary-list__extra">{person.location.address}</span>
              )}
            </dd>
          </div>
          <div className="summary-list__row">
            <dt>{t('profile.email')}</dt>
            <dd>
              <a href={`mailto:${person.email}`}>{person.email}</a>
            </dd>
          </div>
          <div className="summary-list__row">
            <dt>{t('profile.phone')}</dt>
            <dd>
              {person.phone ? (
                <a href={`tel:${person.phone.replace(/[^\d+]/g, '')}`}>{person.phone}</a>
              ) : (
                t('profile.none')
              )}
            </dd>
          </div>
          <div className="summary-list__row">
            <dt>{t('profile.memberSince')}</dt>
            <dd>
              <time dateTime={person.createdAt}>{since}</time>
            </dd>
          </div>
        </dl>
      </section>
    </>
  );
}
