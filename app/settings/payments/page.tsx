import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { listSavedCards } from '@/lib/payments/customers';
import { getStripe } from '@/lib/payments/stripe';
import { stripeBrowserConfig } from '@/lib/payments/stripe-config';
import { SavedCards } from '@/components/settings/saved-cards';
import { BadgeSetting } from '@/components/settings/badge-setting';
import { LanguageRegion } from '@/components/settings/language-region';
import { requireViewer } from '@/lib/auth/require-viewer';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('settings.page'))('title') };
}

export default async function PaymentSettingsPage() {
  const viewer = await requireViewer('/settings/payments');
  const [user] = await (await getDb()).select({ customerId: users.stripeCustomerId, hideBuyBadges: users.hideBuyBadges }).from(users).where(eq(users.id, viewer.id));
  const cards = user?.customerId ? await listSavedCards(getStripe(), user.customerId) : [];
  const t = await getTranslations('settings');
  return (
    <div className="page-narrow stack">
      <h1 className="page-title">{t('page.title')}</h1>
      <LanguageRegion />
      <section className="card stack" aria-labelledby="cards-title">
        <h2 id="cards-title" className="flush">
          {t('cards.title')}
        </h2>
        <p className="muted flush">{t('cards.intro', { tag: 'buy' })}</p>
        <SavedCards cards={cards} stripe={stripeBrowserConfig()} />
      </section>
      <section className="card stack" aria-labelledby="privacy-title">
        <h2 id="privacy-title" className="flush">
          {t('privacy.title')}
        </h2>
        <BadgeSetting hidden={user?.hideBuyBadges ?? false} />
      </section>
    </div>
  );
}
