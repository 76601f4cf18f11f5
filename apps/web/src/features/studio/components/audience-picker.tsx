import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAudienceReach } from '../api/audience-reach.query';
import type { UnitNode } from '../utils/audience-tree.util';
import { AudienceTree } from './audience-tree';
import './audience-picker.css';

interface AudiencePickerProps {
  units: readonly UnitNode[];
  locations: readonly { id: string; name: string }[];
  orgUnitIds: ReadonlySet<string>;
  locationIds: ReadonlySet<string>;
  onChange: (next: { orgUnitIds: Set<string>; locationIds: Set<string> }) => void;
  /** Show "Reaches N people" (the API answers it for editors). */
  showReach: boolean;
}

/**
 * Who an article is for: org units (with their sub-units) in a tree, locations as checkboxes, the
 * choice listed as "Selected (n)" with a way to remove each, and how many people it reaches.
 * Nothing chosen means everyone.
 */
export function AudiencePicker({
  units,
  locations,
  orgUnitIds,
  locationIds,
  onChange,
  showReach,
}: AudiencePickerProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const treeLabelId = useId();
  const selectedId = useId();
  const searchHintId = useId();
  const reach = useAudienceReach([...orgUnitIds].sort(), [...locationIds].sort(), !showReach);
  const reached = reach.data?.audienceReach ?? reach.previousData?.audienceReach;
  const names = new Map(units.map((u) => [u.id, u.name]));
  const everyone = orgUnitIds.size === 0 && locationIds.size === 0;

  const setUnits = (next: Set<string>) => onChange({ orgUnitIds: next, locationIds: new Set(locationIds) });
  const toggleLocation = (id: string, on: boolean) => {
    const next = new Set(locationIds);
    if (on) next.add(id);
    else next.delete(id);
    onChange({ orgUnitIds: new Set(orgUnitIds), locationIds: next });
  };

  return (
    <fieldset className="fieldset audience">
      <legend className="fieldset__legend audience__legend">{t('studio.audience.legend')}</legend>
      <p className="field__hint">{t('studio.audience.hint')}</p>
      <p className="audience__reach">
        {everyone ? t('studio.audience.everyone') : t('studio.audience.chosen')}{' '}
        {reached !== undefined && <strong>{t('studio.audience.reach', { count: reached })}</strong>}
      </p>

      <div className="field">
        <label className="field__label" htmlFor="audience-search">
          {t('studio.audience.search')}
        </label>
        <p className="field__hint" id={searchHintId}>
          {t('studio.audience.searchHint')}
        </p>
        <input
          id="audience-search"
          className="field__input"
          type="search"
          autoComplete="off"
          aria-describedby={searchHintId}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
      </div>
      <p id={treeLabelId} className="field__label">
        {t('studio.audience.units')}
      </p>
      <AudienceTree
        units={units}
        selected={orgUnitIds}
        onChange={setUnits}
        labelledBy={treeLabelId}
        filter={filter}
      />

      <fieldset className="fieldset audience__locations">
        <legend className="fieldset__legend">{t('studio.audience.locations')}</legend>
        {locations.map((location) => (
          <div className="radio" key={location.id}>
            <input
              id={`audience-location-${location.id}`}
              className="radio__input"
              type="checkbox"
              checked={locationIds.has(location.id)}
              onChange={(e) => toggleLocation(location.id, e.target.checked)}
            />
            <label htmlFor={`audience-location-${location.id}`}>{location.name}</label>
          </div>
        ))}
      </fieldset>

      <h3 id={selectedId} className="audience__selected-heading">
        {t('studio.audience.selected', { count: orgUnitIds.size + locationIds.size })}
      </h3>
      {everyone ? (
        <p>{t('studio.audience.noneSelected')}</p>
      ) : (
        <ul className="audience__selected" aria-labelledby={selectedId}>
          {[...orgUnitIds].map((id) => (
            <li key={id}>
              {names.get(id) ?? id}{' '}
              <button
                type="button"
                className="button button--link"
                aria-label={t('studio.audience.remove', { name: names.get(id) ?? id })}
                onClick={() => {
                  const next = new Set(orgUnitIds);
                  next.delete(id);
                  setUnits(next);
                }}
              >
                {t('studio.audience.removeShort')}
              </button>
            </li>
          ))}
          {[...locationIds].map((id) => {
            const name = locations.find((l) => l.id === id)?.name ?? id;
            return (
              <li key={id}>
                {name}{' '}
                <button
                  type="button"
                  className="button button--link"
                  aria-label={t('studio.audience.remove', { name })}
                  onClick={() => toggleLocation(id, false)}
                >
                  {t('studio.audience.removeShort')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
