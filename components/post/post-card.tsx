import Link from 'next/link';
import type { PostCardData } from '@/lib/catalog/post-card';
import { PriceRange } from './price-range';
import { RichText } from './rich-text';
import { PostByline } from './post-byline';
import { ProductImage } from './product-image';
import { BuySheet } from '@/components/checkout/buy-sheet';
import { LiveStock } from '@/components/live/live-stock';
import type { BuyContext } from '@/lib/checkout/buy-context';

export function PostCard({ post, buy, first = false }: { post: PostCardData; buy: BuyContext; first?: boolean }) {
  const totalStock = post.variants.reduce((sum, variant) => sum + variant.stock, 0);
  return (
    <article className="post-card" aria-labelledby={`post-${post.id}-brand`}>
      <PostByline post={post} nameId={`post-${post.id}-brand`} />
      <h2 className="post-card__title">
        <Link href={`/p/${post.id}`}>{post.title}</Link>
      </h2>
      <p className="post-card__body">
        <RichText text={post.body} />
      </p>
      {post.images.length > 0 && (
        <Link href={`/p/${post.id}`} className={`post-card__media${post.images.length > 1 ? ' post-card__media--multi' : ''}`}>
          {post.images.slice(0, 4).map((image, index) => (
            <ProductImage key={image.url} src={image.url} alt={image.alt} first={first && index === 0} sizes={post.images.length > 1 ? '(max-width: 40rem) 50vw, 20rem' : '(max-width: 40rem) 100vw, 40rem'} />
          ))}
        </Link>
      )}
      <div className="post-card__shop">
        <div className="row">
          <PriceRange variants={post.variants} />
          <LiveStock postId={post.id} initial={totalStock} />
        </div>
        <ul className="variant-chips" aria-label="Options">
          {post.variants.map((variant) => (
            <li key={variant.id} className={`variant-chip${variant.stock <= 0 ? ' variant-chip--soldout' : ''}`}>
              {variant.label}
            </li>
          ))}
        </ul>
        <div className="row">
          <BuySheet post={post} buy={buy} />
          <Link className="button button--ghost button--small" href={`/p/${post.id}`}>
            Details
          </Link>
          <span className="muted">or reply #{post.buyHashtag}</span>
        </div>
      </div>
    </article>
  );
}
