import Link from 'next/link';
import type { Brand } from '@/db/schema';

/** Tells a brand whose payouts are not ready why followers cannot buy yet. */
export function PayoutsBanner({ brand }: { brand: Brand }) {
  if (brand.chargesEnabled && brand.stripeAccountId) return null;
  return (
    <div className="studio-banner" role="note">
      <p>
        <strong>Followers can't buy yet.</strong> Set up payouts with Stripe so payments reach you; you can draft and publish posts meanwhile.
      </p>
      <Link className="button button--small" href="/studio/payouts">
        Set up payouts
      </Link>
    </div>
  );
}
