import { useTranslations } from 'next-intl';
import type { Brand } from '@/db/schema';
import { ButtonLink } from '@/components/form/button';

/** Tells a brand whose payouts are not ready why followers cannot buy yet. */
export function PayoutsBanner({ brand }: { brand: Brand }) {
  const t = useTranslations('studio.payoutsBanner');
  if (brand.chargesEnabled && brand.stripeAccountId) return null;
  return (
    <div className="studio-banner" role="note">
      <p>{t.rich('text', { strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <ButtonLink small href="/studio/payouts">
        {t('action')}
      </ButtonLink>
    </div>
  );
}
