import { redirect } from 'next/navigation';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { getViewer } from '@/lib/auth/viewer';
import { listSavedCards } from '@/lib/payments/customers';
import { getStripe } from '@/lib/payments/stripe';
import { stripeBrowserConfig } from '@/lib/payments/stripe-config';
import { SavedCards } from '@/components/settings/saved-cards';
import { BadgeSetting } from '@/components/settings/badge-setting';

export const metadata = { title: 'Payments' };

export default async function PaymentSettingsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect('/sign-in?next=/settings/payments');
  const [user] = await (await getDb()).select({ customerId: users.stripeCustomerId, hideBuyBadges: users.hideBuyBadges }).from(users).where(eq(users.id, viewer.id));
  const cards = user?.customerId ? await listSavedCards(getStripe(), user.customerId) : [];
  return (
    <div className="page-narrow stack">
      <h1 className="page-title">Payments</h1>
      <section className="card stack" aria-labelledby="cards-title">
        <h2 id="cards-title" style={{ margin: 0 }}>
          Saved cards
        </h2>
        <p className="muted" style={{ margin: 0 }}>
          Your default card is offered for one-tap buying when you reply #buy. Cards are kept by Stripe, not by Hashcart.
        </p>
        <SavedCards cards={cards} stripe={stripeBrowserConfig()} />
      </section>
      <section className="card stack" aria-labelledby="privacy-title">
        <h2 id="privacy-title" style={{ margin: 0 }}>
          Privacy
        </h2>
        <BadgeSetting hidden={user?.hideBuyBadges ?? false} />
      </section>
    </div>
  );
}
