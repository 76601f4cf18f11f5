import { useCurrentSession } from '@/features/auth/api/current-session.query';
import { SpaceRoute } from '@/features/spaces/routes/space-route';
import { usePostSlots } from './post-slots';

/**
 * A space's page with reactions, comments and reporting in each post: the app joins the features
 * (post-slots.tsx), and tells the space who is signed in.
 */
export function SpacePage() {
  const session = useCurrentSession();
  return <SpaceRoute viewerId={session.data?.me.id} slots={usePostSlots()} />;
}
