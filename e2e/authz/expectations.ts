// The authorisation matrix: who may call every server action and open every route. One row per
// action in the build's server-reference manifest ("<file>#<export>") and per route in the app
// paths manifest; e2e/authz-matrix.spec.ts calls each as every persona and fails on a missing row.
//
// Action outcomes: 'allowed' = the caller got past authorisation (ok, or a non-authorisation error
// such as invalid_state); 'redirect' = the action redirected; otherwise the exact error code.
// Input values starting with '$' are fixtures made by the spec: $post, $variant, $brand (the
// owner's), $order (the buyer's open order on $post), $reply (the buyer's reply on $post),
// $otherBrand, $victimUser, $term. Route paths use the same fixtures.
export const PERSONAS = ['anonymous', 'banned', 'follower', 'buyer', 'otherBrand', 'owner', 'admin'] as const;
export type Persona = (typeof PERSONAS)[number];

export type ActionOutcome = 'allowed' | 'redirect' | 'unauthenticated' | 'forbidden' | 'not_owner' | 'not_found' | 'not_buyable' | 'invalid_input' | 'invalid_credentials';
export interface ActionRow {
  input: Record<string, string | string[] | boolean>;
  expect: Record<Persona, ActionOutcome>;
}

/** HTTP status, or where it redirects: the sign-in page, home, or /studio (to create a brand first). */
export type RouteOutcome = 200 | 400 | 401 | 404 | 'sign-in' | 'home' | 'studio';
export interface RouteRow {
  path: string;
  expect: Record<Persona, RouteOutcome>;
}

const signedOut = { anonymous: 'unauthenticated', banned: 'unauthenticated' } as const;
const everyone = (outcome: ActionOutcome): Record<Persona, ActionOutcome> => Object.fromEntries(PERSONAS.map((p) => [p, outcome])) as Record<Persona, ActionOutcome>;

/** Any signed-in person (acting on their own things). */
const signedIn = (input: ActionRow['input']): ActionRow => ({ input, expect: { ...everyone('allowed'), ...signedOut } });

/** Admins only (the guard checks the role, lib/moderation checks it again). */
const adminOnly = (input: ActionRow['input']): ActionRow => ({ input, expect: { ...everyone('forbidden'), ...signedOut, admin: 'allowed' } });

/** A brand owner acting on their own brand's things; other brands get `otherBrand`. */
const brandOwner = (input: ActionRow['input'], otherBrand: ActionOutcome): ActionRow => ({
  input,
  expect: { ...everyone('forbidden'), ...signedOut, otherBrand, owner: 'allowed' },
});

/** The buyer acting on their own order; anyone else is told it does not exist. */
const buyerOwn = (input: ActionRow['input'], others: Partial<Record<Persona, ActionOutcome>> = {}): ActionRow => ({
  input,
  expect: { ...everyone('not_found'), ...signedOut, buyer: 'allowed', ...others },
});

const reason = 'Authorisation matrix check';

export const ACTIONS: Record<string, ActionRow> = {
  // auth: open to everyone; wrong credentials never sign anyone in
  'lib/actions/auth/sign-in.ts#signIn': { input: { email: 'nobody@e2e.test', password: 'wrong password', next: '/' }, expect: everyone('invalid_credentials') },
  'lib/actions/auth/sign-up.ts#signUp': { input: { name: 'Matrix', email: 'not-an-email', password: 'long enough password' }, expect: everyone('invalid_input') },
  'lib/actions/auth/sign-out.ts#signOut': { input: {}, expect: everyone('redirect') },

  // brands and following
  'lib/actions/brands/create-brand.ts#createBrand': { input: { handle: '!', name: 'Matrix' }, expect: { ...everyone('allowed'), ...signedOut } },
  'lib/actions/brands/follow-brand.ts#setFollowing': signedIn({ brandId: '$brand', follow: 'true' }),

  // checkout (the buyer's own order)
  'lib/actions/checkout/start-checkout.ts#startCheckout': {
    input: { postId: '$post', variantId: '$variant', quantity: '1' },
    // The owner cannot buy from their own brand (not_buyable is past authorisation).
    expect: { ...everyone('allowed'), ...signedOut },
  },
  'lib/actions/checkout/refresh-order-payment.ts#refreshOrderPayment': buyerOwn({ orderId: '$order' }, { owner: 'allowed' }),
  // The brand sees the order but may not touch the buyer's card.
  'lib/actions/checkout/save-card-for-order.ts#saveCardForOrder': buyerOwn({ orderId: '$order', save: true }, { owner: 'not_buyable' }),
  'lib/actions/checkout/cancel-order.ts#cancelOrder': buyerOwn({ orderId: '$order' }),
  'lib/actions/replies/confirm-reply-purchase.ts#confirmReplyPurchase': buyerOwn({ orderId: '$order' }),

  // replies and reports
  'lib/actions/replies/post-reply.ts#postReply': signedIn({ postId: '$post', body: 'Love it' }),
  'lib/actions/reports/report-content.ts#reportContent': signedIn({ targetType: 'brand', targetId: '$otherBrand', reason: 'scam', note: '' }),

  // settings (the caller's own cards and badge)
  // A card id that is not the caller's is not found, whoever asks.
  'lib/actions/settings/manage-cards.ts#setDefaultCard': { input: { paymentMethodId: 'pm_not_yours' }, expect: { ...everyone('not_found'), ...signedOut } },
  'lib/actions/settings/manage-cards.ts#removeCard': { input: { paymentMethodId: 'pm_not_yours' }, expect: { ...everyone('not_found'), ...signedOut } },
  'lib/actions/settings/manage-cards.ts#addCard': signedIn({}),
  'lib/actions/settings/set-badge-visibility.ts#setBadgeVisibility': signedIn({ hideBuyBadges: 'true' }),
  // Anyone may choose a language and report a time zone; signed-in readers also keep them on the account.
  'lib/actions/settings/set-locale.ts#setLocale': { input: { locale: 'de' }, expect: everyone('allowed') },
  'lib/actions/settings/set-time-zone.ts#setTimeZone': { input: { timeZone: 'Europe/Berlin' }, expect: everyone('allowed') },

  // studio: the owner's brand only
  'lib/actions/posts/create-post.ts#createPost': brandOwner({ body: 'x', currency: 'ZZZ' }, 'allowed'),
  'lib/actions/posts/restock-variant.ts#restockVariant': brandOwner({ postId: '$post', variantId: '$variant', quantity: '1' }, 'not_owner'),
  'lib/actions/studio/archive-post.ts#archivePost': brandOwner({ postId: '$post' }, 'not_owner'),
  'lib/actions/studio/publish-post.ts#publishPost': brandOwner({ postId: '$post' }, 'not_owner'),
  'lib/actions/studio/edit-post.ts#editPost': brandOwner({ postId: '$post', currency: 'EUR', title: 'Ridge Tee', body: 'Ridge tee', maxPerOrder: '5' }, 'not_owner'),
  'lib/actions/studio/fulfil-order.ts#fulfilOrder': brandOwner({ orderId: '$order', trackingRef: 'TRACK1' }, 'not_found'),
  'lib/actions/studio/refund-order.ts#refundOrder': brandOwner({ orderId: '$order', amount: '', restockUnits: '0', requestKey: 'matrix-refund-1' }, 'not_found'),
  'lib/actions/studio/start-payouts-onboarding.ts#startPayoutsOnboarding': brandOwner({}, 'allowed'),

  // draws (#18): $post is not a draw, so entrant actions find nothing; launching with no units is refused after the ownership check
  'lib/actions/draws/launch-draw.ts#launchDraw': {
    input: { postId: '$post', opensAt: '2030-01-01T00:00:00.000Z', closesAt: '2030-01-02T00:00:00.000Z', 'units.00000000-0000-4000-8000-000000000000': '0' },
    expect: { ...everyone('forbidden'), ...signedOut, otherBrand: 'not_owner', owner: 'allowed' },
  },
  'lib/actions/draws/update-draw-rules.ts#updateDrawRules': { input: { postId: '$post', requireFollower: 'on' }, expect: { ...everyone('forbidden'), ...signedOut, otherBrand: 'not_found', owner: 'not_found' } },
  'lib/actions/draws/enter-draw.ts#enterDraw': { input: { postId: '$post', variantId: '$variant', paymentMethodId: 'pm_not_yours' }, expect: { ...everyone('not_found'), ...signedOut } },
  'lib/actions/draws/withdraw-draw-entry.ts#withdrawDrawEntry': { input: { postId: '$post' }, expect: { ...everyone('not_found'), ...signedOut } },
  'lib/actions/draws/pay-draw-win.ts#payDrawWin': { input: { postId: '$post' }, expect: { ...everyone('not_found'), ...signedOut } },
  'lib/actions/draws/pay-draw-win.ts#refreshDrawWin': { input: { postId: '$post' }, expect: { ...everyone('not_found'), ...signedOut } },

  // admin
  'lib/actions/admin/add-prohibited-term.ts#addProhibitedTermAction': adminOnly({ term: 'matrixterm', reason }),
  'lib/actions/admin/remove-prohibited-term.ts#removeProhibitedTermAction': adminOnly({ targetId: '$term', reason }),
  'lib/actions/admin/approve-post.ts#approvePostAction': adminOnly({ targetId: '$post', reason }),
  'lib/actions/admin/hide-post.ts#hidePostAction': adminOnly({ targetId: '$otherBrandPost', reason }),
  'lib/actions/admin/restore-post.ts#restorePostAction': adminOnly({ targetId: '$otherBrandPost', reason }),
  'lib/actions/admin/remove-reply.ts#removeReplyAction': adminOnly({ targetId: '$reply', reason }),
  'lib/actions/admin/dismiss-reports.ts#dismissReportsAction': adminOnly({ targetType: 'brand', targetId: '$otherBrand', reason }),
  'lib/actions/admin/suspend-brand.ts#suspendBrandAction': adminOnly({ targetId: '$victimBrand', reason }),
  'lib/actions/admin/lift-suspension.ts#liftSuspensionAction': adminOnly({ targetId: '$victimBrand', reason }),
  'lib/actions/admin/trust-brand.ts#trustBrandAction': adminOnly({ targetId: '$brand', reason }),
  'lib/actions/admin/ban-user.ts#banUserAction': adminOnly({ targetId: '$victimUser', reason }),
  // No message with that id: the admin gets past the role check and is told so.
  'lib/actions/admin/remove-message.ts#removeMessageAction': { ...adminOnly({ targetId: '$victimUser', reason }), expect: { ...adminOnly({}).expect, admin: 'not_found' } },

  // conversations (#14): a conversation that is not the caller's is not found
  // Opens (or reuses) the conversation and goes there; a brand cannot message itself.
  'lib/actions/conversations/message-brand.ts#messageBrand': { input: { brandId: '$otherBrand' }, expect: { ...everyone('redirect'), ...signedOut, otherBrand: 'allowed' } },
  'lib/actions/conversations/send-message.ts#sendMessage': { input: { conversationId: '$victimUser', side: 'buyer', body: 'hello' }, expect: { ...everyone('not_found'), ...signedOut } },
  'lib/actions/conversations/mark-conversation-read.ts#markConversationRead': { input: { conversationId: '$victimUser', side: 'buyer' }, expect: { ...everyone('not_found'), ...signedOut } },
  'lib/actions/conversations/report-message.ts#reportMessageAction': { input: { targetId: '$victimUser', reason: 'scam', note: '' }, expect: { ...everyone('not_found'), ...signedOut } },
};

const page = (expect: Partial<Record<Persona, RouteOutcome>>, fallback: RouteOutcome): Record<Persona, RouteOutcome> => ({
  ...(Object.fromEntries(PERSONAS.map((p) => [p, fallback])) as Record<Persona, RouteOutcome>),
  ...expect,
});
const publicPage = (path: string): RouteRow => ({ path, expect: page({}, 200) });
const signedInPage = (path: string): RouteRow => ({ path, expect: page({ anonymous: 'sign-in', banned: 'sign-in' }, 200) });

export const ROUTES: Record<string, RouteRow> = {
  '/(shop)/page': publicPage('/'),
  '/(shop)/p/[id]/page': publicPage('/p/$post'),
  // The matrix's post is not a draw: its verification page is a 404 for everyone alike.
  '/(shop)/p/[id]/draw/page': { path: '/p/$post/draw', expect: page({}, 404) },
  '/(shop)/brands/[handle]/page': publicPage('/brands/$brandHandle'),
  '/(shop)/following/page': signedInPage('/following'),
  '/(shop)/orders/page': signedInPage('/orders'),
  '/(shop)/orders/[id]/page': { path: '/orders/$order', expect: page({ anonymous: 'sign-in', banned: 'sign-in', buyer: 200, owner: 200 }, 404) },
  '/(shop)/inbox/page': signedInPage('/inbox'),
  // Not a conversation of anyone's: not found for every signed-in persona.
  '/(shop)/inbox/[id]/page': { path: '/inbox/$victimUser', expect: page({ anonymous: 'sign-in', banned: 'sign-in' }, 404) },
  '/studio/inbox/page': { path: '/studio/inbox', expect: page({ anonymous: 'sign-in', banned: 'sign-in', otherBrand: 200, owner: 200 }, 'studio') },
  '/studio/inbox/[id]/page': { path: '/studio/inbox/$victimUser', expect: page({ anonymous: 'sign-in', banned: 'sign-in', otherBrand: 404, owner: 404 }, 'studio') },
  '/sign-in/page': publicPage('/sign-in'),
  '/sign-up/page': publicPage('/sign-up'),
  '/settings/payments/page': signedInPage('/settings/payments'),
  '/studio/page': signedInPage('/studio'),
  '/studio/posts/page': { path: '/studio/posts', expect: page({ anonymous: 'sign-in', banned: 'sign-in', otherBrand: 200, owner: 200 }, 'studio') },
  '/studio/posts/new/page': { path: '/studio/posts/new', expect: page({ anonymous: 'sign-in', banned: 'sign-in', otherBrand: 200, owner: 200 }, 'studio') },
  '/studio/posts/[id]/edit/page': { path: '/studio/posts/$post/edit', expect: page({ anonymous: 'sign-in', banned: 'sign-in', otherBrand: 404, owner: 200 }, 'studio') },
  '/studio/orders/page': { path: '/studio/orders', expect: page({ anonymous: 'sign-in', banned: 'sign-in', otherBrand: 200, owner: 200 }, 'studio') },
  '/studio/orders/[id]/page': { path: '/studio/orders/$order', expect: page({ anonymous: 'sign-in', banned: 'sign-in', otherBrand: 404, owner: 200 }, 'studio') },
  '/studio/orders/export/route': { path: '/studio/orders/export', expect: page({ otherBrand: 200, owner: 200 }, 401) },
  '/studio/insights/page': { path: '/studio/insights', expect: page({ anonymous: 'sign-in', banned: 'sign-in', otherBrand: 200, owner: 200 }, 'studio') },
  '/studio/payouts/page': { path: '/studio/payouts', expect: page({ anonymous: 'sign-in', banned: 'sign-in', otherBrand: 200, owner: 200 }, 'studio') },
  '/admin/page': { path: '/admin', expect: page({ anonymous: 'sign-in', banned: 'sign-in', admin: 200 }, 404) },
  '/admin/audit/page': { path: '/admin/audit', expect: page({ anonymous: 'sign-in', banned: 'sign-in', admin: 200 }, 404) },
  '/api/feed/route': publicPage('/api/feed'),
  '/api/posts/[id]/replies/route': publicPage('/api/posts/$post/replies'),
  // The reader's own header and brand standing for a shared page: anyone may ask; a visitor (or a banned account) reads none.
  '/api/viewer/route': publicPage('/api/viewer'),
};

/** Routes the matrix does not call as personas, and why. */
export const ROUTES_NOT_IN_MATRIX: Record<string, string> = {
  '/_not-found/page': 'the 404 page itself',
  '/_global-error/page': 'the error page itself',
  '/api/live/route': 'a server-sent event stream that never ends; which topics a viewer may follow is checked in lib/live (its own tests)',
  '/api/auth/[...all]/route': 'better-auth’s own API; sign-in limits are tested in lib/actions/auth/sign-in.test.ts',
  '/api/stripe/webhook/route': 'authenticated by Stripe’s signature, not a session (app/api/stripe/webhook/route.test.ts)',
  '/uploads/[name]/route': 'public images by unguessable name',
  '/favicon.ico/route': 'static',
  '/icon.svg/route': 'static',
  '/apple-icon.png/route': 'static',
  '/manifest.webmanifest/route': 'static',
};
