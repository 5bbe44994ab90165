// A feed as a page shows it: the first page's cards rendered here on the server (only their small
// islands — Buy, live stock — reach the browser), "Load more" in the browser (FeedList).
import type { PostCardData } from '@/lib/catalog/post-card';
import type { BuyContext } from '@/lib/checkout/buy-context';
import { PostCard } from '@/components/post/post-card';
import { FeedList } from './feed-list';

interface FeedProps {
  initialItems: PostCardData[];
  initialCursor: string | null;
  /** The /api/feed query that selects this feed, without the cursor. */
  source: string;
  buy: BuyContext;
}

export function Feed({ initialItems, initialCursor, source, buy }: FeedProps) {
  return (
    <FeedList firstIds={initialItems.map((post) => post.id)} initialCursor={initialCursor} source={source} buy={buy}>
      {initialItems.map((post, index) => (
        <PostCard key={post.id} post={post} buy={buy} first={index === 0} />
      ))}
    </FeedList>
  );
}
