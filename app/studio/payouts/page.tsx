import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { platformFeeBps } from '@/lib/config';
import { refreshPayoutsStatus } from '@/lib/payments/connect';
import { getStripe } from '@/lib/payments/stripe';
import { PayoutsButton } from '@/components/studio/payouts-button';
import { requireBrand } from '@/lib/auth/require-viewer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('studio.payouts');
  return { title: t('title') };
}

export default async function PayoutsPage({ searchParams }: { searchParams: Promise<{ return?: string; refresh?: string }> }) {
  const { brand: owned } = await requireBrand('/studio/payouts');
  const query = await searchParams;
  // Back from Stripe: ask Stripe rather than wait for the account.updated webhook.
  const brand = query.return && owned.stripeAccountId ? await refreshPayoutsStatus(await getDb(), getStripe(), owned.id) : owned;
  const ready = brand.chargesEnabled && Boolean(brand.stripeAccountId);
  const [format, t] = await Promise.all([getFormatter(), getTranslations('studio.payouts')]);
  return (
    <div className="page-narrow card stack">
      <h1 className="page-title">{t('title')}</h1>
      {ready ? (
        <p className="form-success" role="status">
          {brand.payoutsEnabled ? t('ready', { handle: brand.handle }) : t('readyOnceVerified', { handle: brand.handle })}
        </p>
      ) : (
        <>
          {query.return && (
            <p className="form-error" role="alert">
              {t('notFinished')}
            </p>
          )}
          {query.refresh && (
            <p className="form-error" role="alert">
              {t('linkExpired')}
            </p>
          )}
          <p>{t('intro')}</p>
          <PayoutsButton label={brand.stripeAccountId ? t('continue') : t('start')} />
        </>
      )}
      <dl className="order-facts">
        <dt>{t('facts.charges')}</dt>
        <dd>{brand.chargesEnabled ? t('facts.enabled') : t('facts.notYet')}</dd>
        <dt>{t('facts.payouts')}</dt>
        <dd>{brand.payoutsEnabled ? t('facts.enabled') : t('facts.notYet')}</dd>
        <dt>{t('facts.platformFee')}</dt>
        <dd>{t('facts.feeValue', { fee: format.number(platformFeeBps() / 10_000, { style: 'percent', maximumFractionDigits: 2 }) })}</dd>
      </dl>
    </div>
  );
}
