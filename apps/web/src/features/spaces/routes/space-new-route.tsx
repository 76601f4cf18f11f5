import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { SPACE_DESCRIPTION_MAX_LENGTH, SPACE_NAME_MAX_LENGTH } from '@commons/shared';
import type { SpaceVisibility } from '@commons/web-graphql';
import { type FieldError } from '@/components/ui/error-summary';
import { FormPageHeader } from '@/components/ui/form-page-header';
import { TextAreaField, TextField } from '@/components/ui/text-field';
import { useErrorSummaryFocus } from '@/components/ui/use-error-summary-focus';
import { generalErrorKey, readAppError } from '@/utils/graphql-error';
import { useCreateSpace } from '../api/space-mutations';
import { SpaceCoverField, type SpaceCover } from '../components/space-cover-field';
import { paths } from '@/config/paths';
import '../spaces.css';

export const SPACE_VISIBILITIES: SpaceVisibility[] = ['OPEN', 'CLOSED', 'SECRET'];

const FIELD = {
  name: 'space-name',
  description: 'space-description',
  visibility: 'space-visibility-OPEN',
  coverAlt: 'space-cover-alt',
};

/**
 * /spaces/new — name, description, who may find and join it, and an optional cover with its alt text.
 * A failed submit focuses the error summary (GOV.UK pattern); a created space opens, with the creator
 * as its owner.
 */
export function SpaceNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [create, { loading }] = useCreateSpace();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [visibility, setVisibility] = useState<SpaceVisibility | null>(null);
  const [cover, setCover] = useState<SpaceCover | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [serverError, setServerError] = useState<string | null>(null);
  const { summaryRef, focusSummary } = useErrorSummaryFocus();

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setServerError(null);
    const found: FieldError[] = [];
    if (!name.trim()) found.push({ fieldId: FIELD.name, message: t('spaces.form.errors.NAME_REQUIRED') });
    else if (name.trim().length > SPACE_NAME_MAX_LENGTH)
      found.push({
        fieldId: FIELD.name,
        message: t('spaces.form.errors.NAME_TOO_LONG', { max: SPACE_NAME_MAX_LENGTH }),
      });
    if (description.trim().length > SPACE_DESCRIPTION_MAX_LENGTH)
      found.push({
        fieldId: FIELD.description,
        message: t('spaces.form.errors.DESCRIPTION_TOO_LONG', { max: SPACE_DESCRIPTION_MAX_LENGTH }),
      });
    if (!visibility)
      found.push({ fieldId: FIELD.visibility, message: t('spaces.form.errors.VISIBILITY_REQUIRED') });
    if (cover && !cover.alt.trim())
      found.push({ fieldId: FIELD.coverAlt, message: t('spaces.cover.altRequired') });
    setErrors(found);
    if (found.length > 0 || !visibility) {
      focusSummary();
      return;
    }
    try {
      const result = await create({
        variables: {
          input: {
            name: name.trim(),
            description: description.trim(),
            visibility,
            ...(cover ? { coverMediaId: cover.id, coverAlt: cover.alt.trim() } : {}),
          },
        },
      });
      const id = result.data?.createSpace.id;
      if (id) void navigate(paths.space.to(id), { replace: true });
    } catch (e) {
      const info = readAppError(e);
      if (info.code === 'BAD_USER_INPUT' && (info.field === 'name' || info.field === 'description')) {
        const fieldId = info.field === 'name' ? FIELD.name : FIELD.description;
        setErrors([
          {
            fieldId,
            message: t(
              info.field === 'name'
                ? 'spaces.form.errors.NAME_INVALID'
                : 'spaces.form.errors.DESCRIPTION_INVALID',
            ),
          },
        ]);
        focusSummary();
      } else setServerError(t(generalErrorKey(info)));
    }
  };

  const errorFor = (fieldId: string) => errors.find((e) => e.fieldId === fieldId)?.message;
  const visibilityError = errorFor(FIELD.visibility);
  return (
    <div className="narrow">
      <FormPageHeader
        backTo={paths.spaces.to()}
        backLabel={t('spaces.backToList')}
        title={t('spaces.form.title')}
        errors={errors}
        summaryRef={summaryRef}
        serverError={serverError}
      />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          id={FIELD.name}
          label={t('spaces.form.name')}
          hint={t('spaces.form.nameHint', { max: SPACE_NAME_MAX_LENGTH })}
          value={name}
          error={errorFor(FIELD.name)}
          autoComplete="off"
          onChange={(e) => setName(e.target.value)}
        />
        <TextAreaField
          id={FIELD.description}
          label={t('spaces.form.description')}
          hint={t('spaces.form.descriptionHint', { max: SPACE_DESCRIPTION_MAX_LENGTH })}
          rows={4}
          value={description}
          error={errorFor(FIELD.description)}
          onChange={(e) => setDescription(e.target.value)}
        />
        <fieldset
          className={`fieldset${visibilityError ? ' field--error' : ''}`}
          aria-describedby={visibilityError ? 'space-visibility-error' : undefined}
        >
          <legend className="fieldset__legend">{t('spaces.form.visibility')}</legend>
          {visibilityError && (
            <p id="space-visibility-error" className="field__error">
              <span className="visually-hidden">{t('errors.prefix')} </span>
              {visibilityError}
            </p>
          )}
          {SPACE_VISIBILITIES.map((v) => (
            <div className="radio" key={v}>
              <input
                id={`space-visibility-${v}`}
                className="radio__input"
                type="radio"
                name="visibility"
                checked={visibility === v}
                aria-describedby={`space-visibility-${v}-hint`}
                onChange={() => setVisibility(v)}
              />
              <label htmlFor={`space-visibility-${v}`}>{t(`spaces.visibility.${v}.label`)}</label>
              <p id={`space-visibility-${v}-hint`} className="field__hint radio__hint">
                {t(`spaces.visibility.${v}.hint`)}
              </p>
            </div>
          ))}
        </fieldset>
        <SpaceCoverField
          cover={cover}
          onChange={setCover}
          altId={FIELD.coverAlt}
          altError={errorFor(FIELD.coverAlt)}
        />
        <button type="submit" className="button" aria-disabled={loading || undefined}>
          {loading ? t('spaces.form.creating') : t('spaces.form.submit')}
        </button>
      </form>
    </div>
  );
}
