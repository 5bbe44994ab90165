// `#buy M` under a draw post enters the draw (with the entrant's default saved card) instead of
// buying: the brand answers in the thread, or the replier is told what is missing.
import 'server-only';
import type Stripe from 'stripe';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { draws, type Draw, type Reply } from '@/db/schema';
import { isDomainError } from '@/lib/errors';
import { parseBuyReply } from '@/lib/replies/parse-buy-reply';
import { defaultSavedCard, ensureStripeCustomer } from '@/lib/payments/customers';
import { enterDraw } from './entries';
import { drawOptions } from './view';
import { replyExample, type BrandAnswer } from '@/lib/replies/brand-answer';

/** A refusal is a message key (with params), worded for the person replying by the action. */
export type DrawReplyAnswer = { kind: 'not_buying' } | { kind: 'brand_says'; answer: BrandAnswer } | { kind: 'refused'; message: string; params?: Record<string, string | number> };

export async function drawForPost(db: Db, postId: string): Promise<Draw | null> {
  const [draw] = await db.select().from(draws).where(eq(draws.postId, postId));
  return draw ?? null;
}

export async function answerDrawReply(db: Db, stripe: Stripe, draw: Draw, post: { buyHashtag: string }, reply: Reply): Promise<DrawReplyAnswer> {
  const options = await drawOptions(db, draw.id);
  // One unit per entry, so any quantity in the reply is read and then ignored.
  const parsed = parseBuyReply(reply.body ?? '', { hashtag: post.buyHashtag, variants: options.map((o) => ({ id: o.variantId, label: o.label })), maxQuantity: 99 });
  if (parsed.kind === 'not_buying') return { kind: 'not_buying' };
  const variantId = parsed.kind === 'buy' ? parsed.variantId : parsed.kind === 'bad_quantity' ? parsed.variantId : null;
  if (!variantId) {
    const params = { options: options.map((o) => o.label).join(', '), example: replyExample(options[0]?.label) };
    return { kind: 'brand_says', answer: { key: 'replies.answers.drawWhichOne', params } };
  }
  const card = await defaultSavedCard(stripe, await ensureStripeCustomer(db, stripe, reply.authorId));
  if (!card) return { kind: 'refused', message: 'errors.draw.needsSavedCard' };
  try {
    const entry = await enterDraw(db, stripe, { userId: reply.authorId, postId: reply.postId, variantId, paymentMethodId: card.id });
    const label = options.find((o) => o.variantId === variantId)?.label ?? '';
    return { kind: 'brand_says', answer: { key: 'replies.answers.drawEntered', params: { label, entry: String(entry.id), card: card.summary } } };
  } catch (error) {
    if (isDomainError(error)) return { kind: 'refused', message: error.message, params: error.params };
    throw error;
  }
}
