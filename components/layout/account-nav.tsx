'use client';
// The header's personal parts — the reader's tabs with unread badges, and the account menu — drawn
// from a HeaderAccount. On a page the page cache shares between signed-in readers they arrive from
// /api/viewer: the tabs appear when known, the menu holds a placeholder until then (never the
// signed-out links, which would say the wrong thing).
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { HeaderAccount } from '@/lib/viewer/viewer-state';
import { signOut } from '@/lib/actions/auth/sign-out';
import { LiveBadge } from '@/components/live/live-badge';
import { LanguageSwitcher } from '@/components/locale/language-switcher';
import { Button, ButtonLink, buttonClass } from '@/components/form/button';
import { useViewerState } from '@/components/viewer/use-viewer-state';
import { NavLink } from './nav-link';

/** `shared`: the page is the signed-in readers' shared copy; the account is read in the browser. */
type AccountSource = HeaderAccount | null | 'shared';

function useAccount(source: AccountSource): HeaderAccount | null | undefined {
  const state = useViewerState(source === 'shared');
  return source === 'shared' ? (state ? state.account : undefined) : source;
}

export function AccountNavLinks({ source }: { source: AccountSource }) {
  const t = useTranslations('common');
  const shell = useTranslations('shell');
  const account = useAccount(source);
  if (!account) return null;
  return (
    <>
      <NavLink href="/following" icon="following">
        {t('nav.following')}
      </NavLink>
      <NavLink href="/inbox" icon="inbox">
        {t('nav.inbox')}
        <LiveBadge count="inbox" initial={account.unread.inbox} />
      </NavLink>
      <NavLink href="/orders" icon="orders">
        {t('nav.orders')}
      </NavLink>
      <NavLink href="/settings/payments" className="site-nav__extra">
        {shell('nav.settings')}
      </NavLink>
      <NavLink href="/studio" icon="studio">
        {account.seller ? t('nav.studio') : t('nav.sell')}
        {account.seller && <LiveBadge count="studio" initial={account.unread.studio} />}
      </NavLink>
      {account.admin && (
        <NavLink href="/admin" className="site-nav__extra">
          {t('nav.admin')}
        </NavLink>
      )}
    </>
  );
}

export function AccountMenu({ source }: { source: AccountSource }) {
  const t = useTranslations('common');
  const shell = useTranslations('shell');
  const account = useAccount(source);
  if (account === undefined) return <span className="skeleton skeleton--avatar" aria-hidden data-testid="account-loading" />;
  if (account === null) {
    return (
      <>
        <ButtonLink href="/sign-in" variant="ghost" small>
          {t('account.signIn')}
        </ButtonLink>
        <ButtonLink href="/sign-up" small className="user-menu__join">
          {t('account.join')}
        </ButtonLink>
      </>
    );
  }
  return (
    <>
      <span className="user-menu__name">{account.name}</span>
      <form action={signOut} className="user-menu__sign-out">
        <Button type="submit" variant="ghost" small>
          {t('account.signOut')}
        </Button>
      </form>
      {/* Phones: what does not fit the tab bar lives behind the account button. */}
      <details className="account-menu">
        <summary className={buttonClass({ variant: 'ghost', small: true })} aria-label={t('account.menu', { name: account.name })}>
          <span aria-hidden>{account.name.trim().charAt(0).toUpperCase() || '?'}</span>
        </summary>
        <div className="account-menu__panel card">
          <p className="account-menu__name">{account.name}</p>
          <Link href="/settings/payments">{shell('nav.settings')}</Link>
          {account.admin && <Link href="/admin">{t('nav.admin')}</Link>}
          <LanguageSwitcher />
          <form action={signOut}>
            <Button type="submit" variant="ghost" small>
              {t('account.signOut')}
            </Button>
          </form>
        </div>
      </details>
    </>
  );
}
