import { useTranslations } from 'next-intl';
import { NavLink } from '@/components/layout/nav-link';

export function StudioNav() {
  const t = useTranslations('studio.nav');
  return (
    <nav className="studio-nav" aria-label={t('label')}>
      <NavLink href="/studio/posts">{t('posts')}</NavLink>
      <NavLink href="/studio/inbox">{t('inbox')}</NavLink>
      <NavLink href="/studio/orders">{t('orders')}</NavLink>
      <NavLink href="/studio/insights">{t('insights')}</NavLink>
      <NavLink href="/studio/payouts">{t('payouts')}</NavLink>
    </nav>
  );
}
