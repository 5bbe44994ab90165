// The 3-D Secure test page: "Complete" or "Fail" the challenge, then tell Stripe.js or redirect back.
import type { RequestContext } from '../context';
import { pathParam } from '../context';
import { finishAuthentication } from '../model/challenges';
import { lookup } from '../model/lookup';
import type { AuthenticationRecord } from '../store';
import { escapeHtml, htmlPage, redirect, safeOrigin, type PageRoute } from './html';

export const CHALLENGE_TITLE = '3D Secure 2 Test Page';

function returnLocation(ctx: RequestContext, record: AuthenticationRecord, returnUrl: string): string {
  const url = new URL(returnUrl);
  const intent =
    record.intent.object === 'payment_intent' ? ctx.tx.get('paymentIntents', record.intent.id) : ctx.tx.get('setupIntents', record.intent.id);
  const ok = intent?.status === 'succeeded' || intent?.status === 'requires_capture' || intent?.status === 'processing';
  url.searchParams.set(record.intent.object, record.intent.id);
  url.searchParams.set(`${record.intent.object}_client_secret`, intent?.client_secret ?? '');
  url.searchParams.set('redirect_status', ok ? 'succeeded' : 'failed');
  return url.toString();
}

function notifyParent(host: string, id: string, message: string) {
  const payload = JSON.stringify({ source: 'stripe-emulator', type: 'authentication-finished', authentication: id });
  return htmlPage(
    CHALLENGE_TITLE,
    `<h1>${CHALLENGE_TITLE}</h1><p role="status">${escapeHtml(message)}</p>
<script>window.parent.postMessage(${payload}, ${JSON.stringify(host)});</script>`,
  );
}

export const challengePageRoutes: PageRoute[] = [
  {
    method: 'GET',
    path: '/3ds/:id',
    handler(ctx) {
      const record = lookup(ctx.tx, 'authentications', pathParam(ctx, 'id'));
      const host = safeOrigin(ctx.params.host) ?? '';
      const pending = record.status === 'pending';
      return htmlPage(
        CHALLENGE_TITLE,
        `<h1>${CHALLENGE_TITLE}</h1>
<p>This is a test authentication from the Stripe emulator. Choose whether the customer passes it.</p>
${pending ? '' : `<p role="status">This authentication is no longer pending (${record.status}).</p>`}
<form method="post" action="/3ds/${escapeHtml(record.id)}">
  <input type="hidden" name="host" value="${escapeHtml(host)}">
  <div class="actions">
    <button class="primary" type="submit" name="action" value="complete" ${pending ? 'autofocus' : 'disabled'}>Complete</button>
    <button class="secondary" type="submit" name="action" value="fail" ${pending ? '' : 'disabled'}>Fail</button>
  </div>
</form>
<p class="note">Complete → the payment goes ahead. Fail → it fails with payment_intent_authentication_failure.</p>`,
      );
    },
  },
  {
    method: 'POST',
    path: '/3ds/:id',
    handler(ctx) {
      const id = pathParam(ctx, 'id');
      const passed = ctx.params.action === 'complete';
      const record = finishAuthentication(ctx, id, passed);
      if (record.returnUrl) return redirect(returnLocation(ctx, record, record.returnUrl));
      const host = safeOrigin(ctx.params.host);
      if (!host) return htmlPage(CHALLENGE_TITLE, `<h1>${CHALLENGE_TITLE}</h1><p role="status">Authentication ${record.status}.</p>`);
      return notifyParent(host, id, `Authentication ${record.status}.`);
    },
  },
];
