'use client';
// Stripe's <Elements> in the reader's language: the Payment Element's labels and its own messages
// follow the locale the rest of the page is written in.
import type { ComponentProps } from 'react';
import { Elements } from '@stripe/react-stripe-js';
import { useLocale } from 'next-intl';
import { stripeLocale } from '@/lib/payments/stripe-locale';

export function LocalizedElements({ options, ...props }: ComponentProps<typeof Elements>) {
  const locale = stripeLocale(useLocale());
  return <Elements {...props} options={{ ...options, locale }} />;
}
