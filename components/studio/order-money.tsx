import { useTranslations } from 'next-intl';
import type { Order } from '@/db/schema';
import { Money } from '@/components/locale/money';

/** Amount, the platform's fee and the brand's share, as facts in an order's <dl>. */
export function OrderMoneyFacts({ order }: { order: Pick<Order, 'amountMinor' | 'platformFeeMinor' | 'refundedMinor' | 'currency'> }) {
  const t = useTranslations('studio.money');
  return (
    <>
      <dt>{t('amount')}</dt>
      <dd>
        <Money amountMinor={order.amountMinor} currency={order.currency} />
      </dd>
      <dt>{t('platformFee')}</dt>
      <dd>
        <Money amountMinor={order.platformFeeMinor} currency={order.currency} />
      </dd>
      <dt>{t('yourShare')}</dt>
      <dd>
        <Money amountMinor={order.amountMinor - order.platformFeeMinor} currency={order.currency} />
      </dd>
      {order.refundedMinor > 0 && (
        <>
          <dt>{t('refunded')}</dt>
          <dd>
            <Money amountMinor={order.refundedMinor} currency={order.currency} />
          </dd>
        </>
      )}
    </>
  );
}
