import Link from 'next/link';
import type { PostCardData } from '@/lib/catalog/post-card';
import type { Post } from '@/db/schema';
import { postStatusWord } from '@/lib/vocabulary/statuses';
import { StatusBadge } from '@/components/status-badge';
import { PublishedDate } from './published-date';

/** Avatar, brand name and handle, and when the post went out (or, for its owner, why it has not). */
export function PostByline({ post, status = 'published', flush = false, nameId }: { post: Pick<PostCardData, 'brand' | 'publishedAt'>; status?: Post['status']; flush?: boolean; nameId?: string }) {
  return (
    <div className={flush ? 'post-card__head post-card__head--flush' : 'post-card__head'}>
      {post.brand.avatarUrl && <img className="avatar" src={post.brand.avatarUrl} alt="" />}
      <div>
        <Link id={nameId} className="post-card__brand" href={`/@${post.brand.handle}`}>
          {post.brand.name}
        </Link>
        <div className="post-card__meta">
          @{post.brand.handle} · {status === 'published' ? <PublishedDate iso={post.publishedAt} /> : <StatusBadge {...postStatusWord(status)} />}
        </div>
      </div>
    </div>
  );
}
