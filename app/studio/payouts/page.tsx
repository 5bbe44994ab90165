import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { platformFeeBps } from '@/lib/config';
import { refreshPayoutsStatus } from '@/lib/payments/connect';
import { getStripe } from '@/lib/payments/stripe';
import { PayoutsButton } from '@/components/studio/payouts-button';

export const metadata = { title: 'Payouts' };

export default async function PayoutsPage({ searchParams }: { searchParams: Promise<{ return?: string; refresh?: string }> }) {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in?next=/studio/payouts');
  if (!viewer.brand) redirect('/studio');
  const query = await searchParams;
  // Back from Stripe: ask Stripe rather than wait for the account.updated webhook.
  const brand = query.return && viewer.brand.stripeAccountId ? await refreshPayoutsStatus(await getDb(), getStripe(), viewer.brand.id) : viewer.brand;
  const ready = brand.chargesEnabled && Boolean(brand.stripeAccountId);
  return (
    <div className="page-narrow card stack">
      <h1 className="page-title">Payouts</h1>
      {ready ? (
        <p className="form-success" role="status">
          Payouts are set up. Followers can buy from @{brand.handle}; Stripe pays you out{brand.payoutsEnabled ? '' : ' once your bank details are verified'}.
        </p>
      ) : (
        <>
          {query.return && <p className="form-error" role="alert">Onboarding is not finished yet. Continue where you left off.</p>}
          {query.refresh && <p className="form-error" role="alert">That link expired. Open a new one below.</p>}
          <p>
            Hashcart pays brands through Stripe Connect. Stripe asks who you are and where to send the money; it takes a few minutes. Until then, followers
            see that you haven't finished setting up payouts.
          </p>
          <PayoutsButton label={brand.stripeAccountId ? 'Continue payouts setup' : 'Set up payouts'} />
        </>
      )}
      <dl className="order-facts">
        <dt>Charges</dt>
        <dd>{brand.chargesEnabled ? 'Enabled' : 'Not yet'}</dd>
        <dt>Payouts</dt>
        <dd>{brand.payoutsEnabled ? 'Enabled' : 'Not yet'}</dd>
        <dt>Platform fee</dt>
        <dd>{platformFeeBps() / 100}% of each order</dd>
      </dl>
    </div>
  );
}
