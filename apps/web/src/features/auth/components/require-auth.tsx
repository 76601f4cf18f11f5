import { type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { QueryError } from '@/components/ui/query-error';
import type { NoFocusState } from '@/components/ui/route-focus';
import { readAppError } from '@/utils/graphql-error';
import { useCurrentSession } from '../api/current-session.query';
import { paths } from '@/config/paths';

export type SessionPerson = { id: string; displayName: string; role: string; language: 'SV' | 'EN' };

/**
 * Renders its children for a signed-in person; anyone else goes to sign-in and comes back to
 * where they were going afterwards.
 */
export function RequireAuth({ children }: { children: (me: SessionPerson) => ReactNode }) {
  const location = useLocation();
  const { data, error, loading, refetch } = useCurrentSession();

  if (data?.me) return <>{children(data.me)}</>;
  if (error && readAppError(error).code === 'UNAUTHENTICATED') {
    const next = `${location.pathname}${location.search}`;
    const to = paths.signIn.to({ next: next === paths.home.path ? undefined : next });
    const state: NoFocusState = { focus: false };
    return <Navigate to={to} replace state={state} />;
  }
  if (error) {
    return (
      <main id="main" tabIndex={-1} className="main">
        <QueryError error={error} onRetry={() => void refetch()} />
      </main>
    );
  }
  if (loading) return <Loading />;
  return null;
}
