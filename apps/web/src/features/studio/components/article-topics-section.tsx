import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeDraft } from '../hooks/use-article-draft';
import type { Draft } from '../utils/draft.util';

interface ArticleTopicsSectionProps {
  draft: Draft;
  change: ChangeDraft;
  topics: readonly { id: string; name: string }[];
}

/** The editor's "Language and topics" section. */
export function ArticleTopicsSection({ draft, change, topics }: ArticleTopicsSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="studio-section">
      <h2 id={headingId}>{t('studio.sections.topics')}</h2>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('studio.fields.language')}</legend>
        {(['SV', 'EN'] as const).map((l) => (
          <div className="radio" key={l}>
            <input
              id={`language-${l}`}
              className="radio__input"
              type="radio"
              name="language"
              checked={draft.language === l}
              onChange={() => change({ language: l })}
            />
            <label htmlFor={`language-${l}`} lang={l === 'EN' ? 'en' : 'sv'}>
              {t(l === 'EN' ? 'language.en' : 'language.sv')}
            </label>
          </div>
        ))}
      </fieldset>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{t('studio.fields.topics')}</legend>
        {topics.length === 0 && <p>{t('studio.fields.noTopics')}</p>}
        {topics.map((topic) => (
          <div className="radio" key={topic.id}>
            <input
              id={`topic-${topic.id}`}
              className="radio__input"
              type="checkbox"
              checked={draft.topicIds.includes(topic.id)}
              onChange={(e) =>
                change({
                  topicIds: e.target.checked
                    ? [...draft.topicIds, topic.id]
                    : draft.topicIds.filter((x) => x !== topic.id),
                })
              }
            />
            <label htmlFor={`topic-${topic.id}`}>{topic.name}</label>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
