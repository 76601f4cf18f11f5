import { useCallback } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useLogout } from '../api/logout.mutation';
import { useLogoutEverywhere } from '../api/logout-everywhere.mutation';
import { paths } from '@/config/paths';

/**
 * Ends the session (here or everywhere), leaves for sign-in, then forgets every cached answer so
 * the next person on this browser sees nothing of the last one.
 */
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useLogout();
  const [logoutEverywhere] = useLogoutEverywhere();

  return useCallback(
    async (options: { everywhere?: boolean } = {}) => {
      try {
        await (options.everywhere ? logoutEverywhere() : logout());
      } finally {
        // Even if the call failed (session already gone), this browser is signed out from now on.
        navigate(paths.signIn.to({ signedOut: true }), { replace: true });
        await client.clearStore();
      }
    },
    [client, logout, logoutEverywhere, navigate],
  );
}
