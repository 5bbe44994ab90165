import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { isUuid } from '@/lib/validation/ids';
import { getDb } from '@/db/client';
import { getViewer, type Viewer } from '@/lib/auth/viewer';
import { isVisibleToPublic } from '@/lib/catalog/posts';
import { postDetailTags, publicCache } from '@/lib/catalog/public-cache';
import { FILL_HEADER } from '@/lib/cache/public-page-key';
import { CacheTags } from '@/components/cache/cache-tags';
import { toPostCard } from '@/lib/catalog/post-card';
import { Money } from '@/components/locale/money';
import { RichText } from '@/components/post/rich-text';
import { PhotoCarousel } from '@/components/post/photo-carousel';
import { PriceRange } from '@/components/post/price-range';
import { LiveStock } from '@/components/live/live-stock';
import { PostByline } from '@/components/post/post-byline';
import { BuyButton } from '@/components/checkout/buy-button';
import { buyContextFor } from '@/lib/checkout/buy-context';
import { ReportButton } from '@/components/admin/report-button';
import { PostAdminTools } from '@/components/admin/admin-tools';
import { listThread } from '@/lib/replies/thread';
import { replyTag } from '@/lib/replies/buy-reply-words';
import { ReplyThread } from '@/components/replies/reply-thread';
import { RestockForm } from '@/components/studio/restock-form';
import { DropProgressBar } from '@/components/studio/drop-progress-bar';
import { isPayoutsReady } from '@/lib/payments/connect';
import { recordPostView } from '@/lib/studio/posts';
import { getDropProgress } from '@/lib/studio/drops';
import { getDrawSummary } from '@/lib/draws/view';
import { savedCardsOf } from '@/lib/payments/customers';
import { getStripe } from '@/lib/payments/stripe';
import { DrawPanel } from '@/components/draws/draw-panel';
import { LaunchDrawForm } from '@/components/draws/launch-draw-form';
import { optionColours } from '@/lib/catalog/option-colours';
import type { PostCardData } from '@/lib/catalog/post-card';
import type { PostDetail } from '@/lib/catalog/post-detail';
import { OptionChoice } from '@/components/post/option-choice';
import { ColourOptions } from '@/components/post/colour-options';
import { BuyBarSkeleton, RowsSkeleton } from '@/components/layout/skeletons';

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ buy?: string; reply?: string }> };

async function loadPost(id: string) {
  if (!isUuid(id)) return null;
  // Shared by every viewer (the cache re-reads stock every second); filled from the primary so an
  // invalidation is never undone by replica lag. Who may see a non-public post is decided per viewer below.
  return publicCache().postDetail(await getDb(), id);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [post, t] = await Promise.all([params.then(({ id }) => loadPost(id)), getTranslations('post.page')]);
  return { title: post ? t('title', { title: post.title, brand: post.brand.name }) : t('notFound') };
}

export default async function PostPage({ params, searchParams }: Props) {
  const [detail, viewer] = await Promise.all([loadPost((await params).id), getViewer()]);
  const isOwner = Boolean(detail && viewer?.brand?.id === detail.brandId);
  const isAdmin = Boolean(viewer?.roles.includes('admin'));
  // Found and visible is settled before anything streams (a 404 stays a 404); the parts that need
  // more reading (a draw or drop, the replies) stream in behind skeletons.
  if (!detail || (!isVisibleToPublic(detail) && !isOwner && !isAdmin)) notFound();
  const post = toPostCard(detail);
  const query = await searchParams;
  const t = await getTranslations('post.page');
  const tPost = await getTranslations('post');
  // A post with the default #buy suggests the reader's own tag (#kaufen); every one of them buys.
  const replyHashtag = replyTag(post.buyHashtag, await getLocale());
  const colours = optionColours(post.variants.map((variant) => variant.label));
  return (
    <>
      <CacheTags tags={postDetailTags(detail)} />
      <div className={post.images.length ? 'post-page' : 'post-page post-page--text'}>
        {post.images.length > 0 && (
          <div className="post-page__gallery">
            <PhotoCarousel id="post" images={post.images} label={tPost('card.photosOf', { title: post.title })} first square sizes="(max-width: 48rem) 100vw, 32rem" />
          </div>
        )}
        <OptionChoice>
          <div className="stack">
            <PostByline post={post} status={detail.status} flush />
            {detail.status !== 'published' && <p className="form-error">{tPost(`statusNotice.${detail.status}`)}</p>}
            <h1 className="post-title">{post.title}</h1>
            <p className="post-page__body">
              <RichText text={post.body} />
            </p>
            {colours ? (
              <ColourOptions post={{ id: post.id, variants: post.variants }} colours={colours} />
            ) : (
              <ul className="option-chips" aria-label={t('optionsAndPrices')}>
                {post.variants.map((variant) => (
                  <li key={variant.id} className={`option-chip${variant.stock <= 0 ? ' option-chip--soldout' : ''}`}>
                    <span className="option-chip__label">{variant.label}</span>
                    <Money amountMinor={variant.priceMinor} currency={variant.currency} />
                    <LiveStock postId={post.id} variantId={variant.id} initial={variant.stock} />
                  </li>
                ))}
              </ul>
            )}
            {!isPayoutsReady(detail.brand) && <p className="payouts-note" role="note">{t('payoutsPending', { handle: detail.brand.handle })}</p>}
            <Suspense fallback={<BuyBarSkeleton />}>
              <PostBuying detail={detail} post={post} viewer={viewer} isOwner={isOwner} replyHashtag={replyHashtag} autoOpen={query.buy === '1'} />
            </Suspense>
            {isPayoutsReady(detail.brand) && (
              <p className="hashtag-hint">
                {post.variants.length > 1
                  ? t.rich('replyHintOptions', { strong: (chunks) => <strong>{chunks}</strong>, tag: replyHashtag, example: post.variants[0]?.label ?? '', max: post.maxPerOrder })
                  : t.rich('replyHint', { strong: (chunks) => <strong>{chunks}</strong>, tag: replyHashtag, max: post.maxPerOrder })}
              </p>
            )}
            {!isOwner && <ReportButton targetType="post" targetId={detail.id} signedIn={Boolean(viewer)} nextPath={`/p/${detail.id}`} />}
            {isAdmin && <PostAdminTools post={detail} />}
            {isOwner && <RestockForm postId={post.id} variants={post.variants} />}
          </div>
        </OptionChoice>
      </div>
      {detail.status === 'published' && (
        <Suspense fallback={<RowsSkeleton rows={3} avatars />}>
          <PostReplies post={post} viewer={viewer} replyHashtag={replyHashtag} draft={query.reply?.slice(0, 500) ?? ''} />
        </Suspense>
      )}
    </>
  );
}

interface PartProps {
  post: PostCardData;
  viewer: Viewer | null;
  replyHashtag: string;
}

/** How the post is bought: a drop's progress, a draw, or the Buy bar; the brand may start a draw. */
async function PostBuying({ detail, post, viewer, isOwner, replyHashtag, autoOpen }: PartProps & { detail: PostDetail; isOwner: boolean; autoOpen: boolean }) {
  const db = await getDb();
  // A view counts toward the brand's insights (not the brand's own); a drop shows its progress.
  // Pages the page cache serves are counted as it serves them, not when it renders them.
  const counted = !isOwner && !(await headers()).has(FILL_HEADER);
  const [drop, draw] = await Promise.all([getDropProgress(db, detail), getDrawSummary(db, detail.id, viewer?.id ?? null), counted ? recordPostView(db, detail.id) : null]);
  // Saved cards are read from Stripe only for someone who can enter right now.
  const drawCards = draw?.phase === 'open' && viewer && !isOwner ? await savedCardsOf(db, getStripe(), viewer.id) : [];
  return (
    <>
      {drop && <DropProgressBar progress={drop} />}
      {draw && <DrawPanel draw={draw} signedIn={Boolean(viewer)} isOwner={isOwner} cards={drawCards} stripeConfig={buyContextFor(Boolean(viewer)).stripe} buyHashtag={replyHashtag} />}
      {detail.status === 'published' && !isOwner && (!draw || draw.phase === 'finished') && (
        <div className="buy-bar">
          <PriceRange variants={post.variants} />
          <BuyButton post={post} buy={buyContextFor(Boolean(viewer))} autoOpen={autoOpen} />
        </div>
      )}
      {isOwner && !draw && !drop && detail.status !== 'archived' && <LaunchDrawForm postId={post.id} variants={post.variants} />}
    </>
  );
}

async function PostReplies({ post, viewer, replyHashtag, draft }: PartProps & { draft: string }) {
  const replies = await listThread(await getDb(), post.id, viewer?.id ?? null);
  return <ReplyThread postId={post.id} postTitle={post.title} buyHashtag={replyHashtag} initialReplies={replies} buy={buyContextFor(Boolean(viewer))} draft={draft} />;
}
