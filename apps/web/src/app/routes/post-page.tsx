import { PostRoute } from '@/features/spaces/routes/post-route';
import { usePostSlots } from './post-slots';

/** A post's own page (/posts/:id), with the same conversation and reporting as in its space. */
export function PostPage() {
  return <PostRoute slots={usePostSlots()} />;
}
