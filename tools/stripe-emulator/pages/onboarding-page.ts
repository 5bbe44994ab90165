// Connect onboarding as an AccountLink's url shows it: finish (account enabled) or leave, then go back to the platform.
import { pathParam, type RequestContext } from '../context';
import { completeOnboarding } from '../model/accounts';
import { lookup } from '../model/lookup';
import type { AccountLinkRecord } from '../store';
import { escapeHtml, htmlPage, redirect, type PageResponse, type PageRoute } from './html';

/** Like Stripe, an expired or already-used link sends the user to refresh_url to get a new one. */
function usableLink(ctx: RequestContext): AccountLinkRecord | PageResponse {
  const token = pathParam(ctx, 'token');
  const link = ctx.tx.get('accountLinks', token);
  if (!link) return { status: 404, headers: { 'Content-Type': 'text/plain' }, body: 'Unknown account link' };
  if (link.used || link.expiresAt < ctx.tx.now()) return redirect(link.refreshUrl);
  return link;
}

export const onboardingPageRoutes: PageRoute[] = [
  {
    method: 'GET',
    path: '/connect/onboarding/:token',
    handler(ctx) {
      const link = usableLink(ctx);
      if ('status' in link) return link;
      const account = lookup(ctx.tx, 'accounts', link.account);
      return htmlPage(
        'Stripe Express onboarding (emulator)',
        `<h1>Set up payouts for ${escapeHtml(account.email ?? account.id)}</h1>
<p>This is the Stripe emulator's stand-in for Express onboarding of <code>${escapeHtml(account.id)}</code>.</p>
<form method="post" action="/connect/onboarding/${escapeHtml(link.token)}">
  <div class="actions">
    <button class="primary" type="submit" name="action" value="complete" autofocus>Complete onboarding</button>
    <button class="secondary" type="submit" name="action" value="leave">Leave without finishing</button>
  </div>
</form>`,
      );
    },
  },
  {
    method: 'POST',
    path: '/connect/onboarding/:token',
    handler(ctx) {
      const link = usableLink(ctx);
      if ('status' in link) return link;
      link.used = true;
      if (ctx.params.action === 'complete') completeOnboarding(ctx, lookup(ctx.tx, 'accounts', link.account));
      return redirect(link.returnUrl);
    },
  },
];
