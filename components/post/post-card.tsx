import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import type { PostCardData } from '@/lib/catalog/post-card';
import { PriceRange } from './price-range';
import { RichText } from './rich-text';
import { PostByline } from './post-byline';
import { PhotoCarousel } from './photo-carousel';
import { BuyButton } from '@/components/checkout/buy-button';
import { ButtonLink } from '@/components/form/button';
import { LiveStock } from '@/components/live/live-stock';
import { DrawCardState } from '@/components/draws/draw-card-state';
import type { BuyContext } from '@/lib/checkout/buy-context';
import { replyTag } from '@/lib/replies/buy-reply-words';
import { truncateWords } from '@/lib/text/truncate';

// What a card shows of the text: about four lines on the narrowest phone, cut between words; the post page has it all.
const CARD_TEXT_CHARS = 140;

export function PostCard({ post, buy, first = false }: { post: PostCardData; buy: BuyContext; first?: boolean }) {
  const t = useTranslations('post.card');
  const locale = useLocale();
  const totalStock = post.variants.reduce((sum, variant) => sum + variant.stock, 0);
  return (
    <article className="post-card" aria-labelledby={`post-${post.id}-brand`}>
      <PostByline post={post} nameId={`post-${post.id}-brand`} />
      {post.images.length > 0 && (
        <PhotoCarousel id={`post-${post.id}`} images={post.images} label={t('photosOf', { title: post.title })} href={`/p/${post.id}`} first={first} sizes="(max-width: 40rem) 100vw, 40rem" />
      )}
      <div className="post-card__shop">
        <h2 className="post-card__title">
          <Link href={`/p/${post.id}`}>{post.title}</Link>
        </h2>
        <div className="row">
          <PriceRange variants={post.variants} />
          <LiveStock postId={post.id} initial={totalStock} lowOnly />
        </div>
        {post.draw && <DrawCardState postId={post.id} initial={post.draw} />}
        <ul className="variant-chips" aria-label={t('options')}>
          {post.variants.map((variant) => (
            <li key={variant.id} className={`variant-chip${variant.stock <= 0 ? ' variant-chip--soldout' : ''}`}>
              {variant.label}
            </li>
          ))}
        </ul>
        <div className="post-card__actions">
          <BuyButton post={post} buy={buy} />
          <ButtonLink variant="ghost" href={`/p/${post.id}`}>
            {t('details')}
          </ButtonLink>
          <Link className="post-card__replies" href={`/p/${post.id}#replies-title`}>
            <svg aria-hidden viewBox="0 0 24 24" width="18" height="18">
              <path d="M4 5h16v11H8l-4 4z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
            </svg>
            {t('replies', { count: post.replyCount })}
          </Link>
          <span className="muted post-card__hint">{t('replyHint', { tag: replyTag(post.buyHashtag, locale) })}</span>
        </div>
      </div>
      <p className="post-card__body">
        <RichText text={truncateWords(post.body, CARD_TEXT_CHARS)} />
      </p>
    </article>
  );
}
