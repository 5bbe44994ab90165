'use client';
// The Buy sheet's last step: what was paid (or authorised, for a drop) and the way to the order.
import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/form/button';
import { useFormatMoney } from '@/components/locale/money';
import type { CheckoutSession } from '@/lib/checkout/start-checkout';
import type { PaidOrder } from './payment-step';

export function BuyReceipt({ session, paid }: { session: CheckoutSession; paid: PaidOrder }) {
  const t = useTranslations('checkout.receipt');
  const money = useFormatMoney();
  const amount = money(session.amountMinor, session.currency);
  const method = paid.paymentMethodSummary;
  return (
    <div className="stack" role="status">
      <p className="form-success">
        {paid.authorized
          ? method
            ? t('authorizedWith', { amount, method })
            : t('authorized', { amount })
          : method
            ? t('paidWith', { amount, method })
            : t('paid', { amount })}{' '}
        {paid.authorized ? t('dropNote') : t('inboxNote')}
      </p>
      <ButtonLink href={`/orders/${paid.orderId}`}>{t('viewOrder')}</ButtonLink>
    </div>
  );
}
