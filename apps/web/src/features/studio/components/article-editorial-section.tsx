import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/ui/text-field';
import type { ChangeDraft } from '../hooks/use-article-draft';
import type { Draft } from '../utils/draft.util';

/** The editor's "Editorial" section (editors only): pinning, must-read, review and expiry dates. */
export function ArticleEditorialSection({ draft, change }: { draft: Draft; change: ChangeDraft }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="studio-section">
      <h2 id={headingId}>{t('studio.sections.editorial')}</h2>
      <DateField
        id="article-pinned-until"
        type="datetime-local"
        label={t('studio.fields.pinnedUntil')}
        hint={t('studio.fields.pinnedUntilHint')}
        value={draft.pinnedUntil}
        onChange={(v) => change({ pinnedUntil: v })}
      />
      <div className="radio">
        <input
          id="article-must-read"
          className="radio__input"
          type="checkbox"
          checked={draft.mustRead}
          onChange={(e) => change({ mustRead: e.target.checked })}
        />
        <label htmlFor="article-must-read">{t('studio.fields.mustRead')}</label>
      </div>
      {draft.mustRead && (
        <DateField
          id="article-must-read-due"
          type="date"
          label={t('studio.fields.mustReadDue')}
          value={draft.mustReadDue}
          onChange={(v) => change({ mustReadDue: v })}
        />
      )}
      <DateField
        id="article-review-by"
        type="date"
        label={t('studio.fields.reviewBy')}
        hint={t('studio.fields.reviewByHint')}
        value={draft.reviewBy}
        onChange={(v) => change({ reviewBy: v })}
      />
      <DateField
        id="article-expire-at"
        type="datetime-local"
        label={t('studio.fields.expireAt')}
        hint={t('studio.fields.expireAtHint')}
        value={draft.expireAt}
        onChange={(v) => change({ expireAt: v })}
      />
    </section>
  );
}

function DateField({
  id,
  type,
  label,
  hint,
  value,
  onChange,
}: {
  id: string;
  type: 'date' | 'datetime-local';
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <TextField
      id={id}
      label={label}
      hint={hint}
      type={type}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  );
}
