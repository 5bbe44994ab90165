// A reply on a post, and what a buying reply (#buy M x2) does: reserve and offer a one-tap
// confirmation with the saved card, or open the checkout sheet, or have the brand ask which
// option, or put the buyer on the waitlist.
import 'server-only';
import type Stripe from 'stripe';
import { and, asc, count, eq, gt, ne } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { orders, posts, replies, variants, type Reply } from '@/db/schema';
import { checkoutLine } from '@/lib/checkout/admission';
import { startCheckout, type CheckoutSession } from '@/lib/checkout/start-checkout';
import { DomainError, isDomainError } from '@/lib/errors';
import { defaultSavedCard, stripeCustomerOf, type SavedCard } from '@/lib/payments/customers';
import { parseBuyReply } from './parse-buy-reply';
import { answerDrawReply, drawForPost } from '@/lib/draws/reply';
import { joinWaitlist } from './waitlist';
import { announce } from '@/lib/live/announce';
import { replyExample, type BrandAnswer } from './brand-answer';

export const MAX_REPLY_LENGTH = 500;
export const MAX_PENDING_REPLY_PURCHASES = 3;

export type ReplyOutcome =
  | { kind: 'reply'; reply: Reply }
  | { kind: 'confirm'; reply: Reply; session: CheckoutSession; savedCard: string }
  | { kind: 'checkout'; reply: Reply; session: CheckoutSession }
  | { kind: 'asked'; reply: Reply; answer: Reply }
  | { kind: 'waitlisted'; reply: Reply; answer: Reply }
  | { kind: 'refused'; reply: Reply; message: string; params?: Record<string, string | number> };

async function loadPost(db: Db, postId: string) {
  const post = await db.query.posts.findFirst({
    where: eq(posts.id, postId),
    with: { brand: true, variants: { orderBy: [asc(variants.position)] } },
  });
  if (!post || post.status !== 'published') throw new DomainError('not_buyable', 'errors.reply.closed');
  return post;
}

async function brandSays(db: Db, postId: string, brand: { id: string; ownerId: string }, { key, params }: BrandAnswer): Promise<Reply> {
  const [answer] = await db.insert(replies).values({ postId, authorId: brand.ownerId, asBrandId: brand.id, messageKey: key, messageParams: params }).returning();
  if (!answer) throw new DomainError('internal', 'errors.reply.answerFailed');
  return answer;
}

async function pendingReplyPurchases(db: Db, buyerId: string, exceptVariantId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(orders)
    .where(
      and(
        eq(orders.buyerId, buyerId),
        eq(orders.source, 'reply'),
        eq(orders.status, 'pending_payment'),
        gt(orders.expiresAt, new Date()),
        ne(orders.variantId, exceptVariantId),
      ),
    );
  return row?.n ?? 0;
}

export async function postReply(db: Db, stripe: Stripe, input: { postId: string; authorId: string; body: string }): Promise<ReplyOutcome> {
  const body = input.body.trim();
  if (!body) throw new DomainError('invalid_input', 'errors.reply.empty', 'body');
  if (body.length > MAX_REPLY_LENGTH) throw new DomainError('invalid_input', 'errors.reply.tooLong', 'body', { params: { max: MAX_REPLY_LENGTH } });
  const post = await loadPost(db, input.postId);
  const [reply] = await db.insert(replies).values({ postId: post.id, authorId: input.authorId, body }).returning();
  if (!reply) throw new DomainError('internal', 'errors.reply.saveFailed');
  try {
    return await answerReply(db, stripe, post, reply);
  } finally {
    // Open pages of this post, on every instance, fetch the thread again.
    await announce(db, { t: 'replies', post: post.id }).catch((error: unknown) => console.error('could not announce a reply', { postId: post.id, error }));
  }
}

type ThreadPost = Awaited<ReturnType<typeof loadPost>>;

async function answerReply(db: Db, stripe: Stripe, post: ThreadPost, reply: Reply): Promise<ReplyOutcome> {
  if (post.brand.ownerId === reply.authorId) return { kind: 'reply', reply };
  const draw = await drawForPost(db, post.id);
  if (draw) {
    // A draw post takes entries, not purchases: the same tag enters the draw.
    const answer = await answerDrawReply(db, stripe, draw, post, reply);
    if (answer.kind === 'brand_says') return { kind: 'asked', reply, answer: await brandSays(db, post.id, post.brand, answer.answer) };
    return answer.kind === 'refused' ? { kind: 'refused', reply, message: answer.message, params: answer.params } : { kind: 'reply', reply };
  }

  const parsed = parseBuyReply(reply.body ?? '', {
    hashtag: post.buyHashtag,
    variants: post.variants.map((variant) => ({ id: variant.id, label: variant.label })),
    maxQuantity: post.maxPerOrder,
  });
  if (parsed.kind === 'not_buying') return { kind: 'reply', reply };
  if (parsed.kind === 'needs_variant') {
    const params = { options: parsed.options.join(', '), example: replyExample(parsed.options[0], parsed.quantity) };
    const question: BrandAnswer =
      parsed.reason === 'unknown' && parsed.given
        ? { key: 'replies.answers.unknownOption', params: { ...params, given: parsed.given } }
        : { key: 'replies.answers.whichOne', params };
    return { kind: 'asked', reply, answer: await brandSays(db, post.id, post.brand, question) };
  }
  if (parsed.kind === 'bad_quantity') {
    return { kind: 'asked', reply, answer: await brandSays(db, post.id, post.brand, { key: 'replies.answers.quantityLimit', params: { max: parsed.max } }) };
  }

  const variant = post.variants.find((item) => item.id === parsed.variantId)!;
  if ((await pendingReplyPurchases(db, reply.authorId, variant.id)) >= MAX_PENDING_REPLY_PURCHASES) {
    return {
      kind: 'refused',
      reply,
      message: 'errors.reply.tooManyPending',
      params: { max: MAX_PENDING_REPLY_PURCHASES },
    };
  }
  // Who pays is looked up only once a unit is this buyer's, so a sold-out reply costs no Stripe call;
  // a buyer without a Stripe customer has no saved card, and gets a customer only by saving one.
  const payer: { card?: SavedCard | null } = {};
  let session: CheckoutSession;
  try {
    // In the variant's line like a Buy press (lib/checkout/admission): first replies are served first.
    session = await checkoutLine.run(variant.id, (leaveLine) =>
      startCheckout(
        db,
        stripe,
        { buyerId: reply.authorId, postId: post.id, variantId: variant.id, quantity: parsed.quantity, source: 'reply', replyId: reply.id },
        {
          leaveLine,
          extra: async () => {
            const customer = await stripeCustomerOf(db, reply.authorId);
            payer.card = customer ? await defaultSavedCard(stripe, customer) : null;
            if (!customer) return {};
            return payer.card ? { customer, payment_method: payer.card.id } : { customer };
          },
        },
      ),
    );
  } catch (error) {
    if (isDomainError(error) && error.code === 'out_of_stock') {
      await joinWaitlist(db, { variantId: variant.id, userId: reply.authorId, replyId: reply.id, quantity: parsed.quantity });
      const answer = await brandSays(db, post.id, post.brand, { key: 'replies.answers.soldOutWaitlisted', params: { label: variant.label } });
      return { kind: 'waitlisted', reply, answer };
    }
    // Any other refusal (payouts not ready, post withdrawn…) keeps the reply and says why.
    if (isDomainError(error)) return { kind: 'refused', reply, message: error.message };
    throw error;
  }
  if (payer.card === undefined) {
    // The buyer's open order from an earlier reply: its card was named on it then.
    const [open] = await db.select({ card: orders.paymentMethodSummary }).from(orders).where(eq(orders.id, session.orderId));
    return open?.card ? { kind: 'confirm', reply, session, savedCard: open.card } : { kind: 'checkout', reply, session };
  }
  if (!payer.card) return { kind: 'checkout', reply, session };
  // The card is named on the order now so the confirmation can show it; settling records the card that paid.
  await db.update(orders).set({ paymentMethodSummary: payer.card.summary }).where(eq(orders.id, session.orderId));
  return { kind: 'confirm', reply, session, savedCard: payer.card.summary };
}

