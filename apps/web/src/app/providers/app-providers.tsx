import type { ReactNode } from 'react';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { AnnouncerProvider } from '@/components/ui/announcer';

/** Language, data and the status region, mounted once at start-up outside the routes. */
export function AppProviders({
  client,
  i18n,
  children,
}: {
  client: ApolloClient;
  i18n: I18n;
  children: ReactNode;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <AnnouncerProvider>{children}</AnnouncerProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
