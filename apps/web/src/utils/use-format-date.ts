import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates in the interface language ("23 nov. 2026" / "23 Nov 2026"); date-only values stay on their day. */
export function useFormatDate() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const locale = i18n.language === 'sv' ? 'sv-SE' : 'en-GB';
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateOnly = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    return {
      date: (iso: string) => date.format(new Date(iso)),
      // YYYY-MM-DD read as midnight UTC and shown in UTC, so no time zone moves it a day.
      day: (ymd: string) => dateOnly.format(new Date(`${ymd.slice(0, 10)}T00:00:00Z`)),
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      time: (iso: string) => time.format(new Date(iso)),
    };
  }, [i18n.language]);
}
