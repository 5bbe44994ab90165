import Link from 'next/link';
import type { PostCardData } from '@/lib/catalog/post-card';
import { PublishedDate } from './published-date';

/** Avatar, brand name and handle, and when the post went out. */
export function PostByline({ post, flush = false, nameId }: { post: Pick<PostCardData, 'brand' | 'publishedAt'>; flush?: boolean; nameId?: string }) {
  return (
    <div className="post-card__head" style={flush ? { padding: 0 } : undefined}>
      {post.brand.avatarUrl && <img className="avatar" src={post.brand.avatarUrl} alt="" />}
      <div>
        <Link id={nameId} className="post-card__brand" href={`/@${post.brand.handle}`}>
          {post.brand.name}
        </Link>
        <div className="post-card__meta">
          @{post.brand.handle} · <PublishedDate iso={post.publishedAt} />
        </div>
      </div>
    </div>
  );
}
