import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { unreadCounts } from '@/lib/conversations/read';
import { LiveBadge } from '@/components/live/live-badge';
import { signOut } from '@/lib/actions/auth/sign-out';
import { LanguageSwitcher } from '@/components/locale/language-switcher';
import { Button, ButtonLink, buttonClass } from '@/components/form/button';
import { NavLink } from './nav-link';

export async function SiteHeader() {
  const [viewer, t] = await Promise.all([getViewer(), getTranslations('common')]);
  const shell = await getTranslations('shell');
  const unread = viewer ? await unreadCounts(await getDb(), { userId: viewer.id, brandId: viewer.brand?.id ?? null }) : { inbox: 0, studio: 0 };
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="logo">
          {shell.rich('logo', { accent: (chunks) => <span>{chunks}</span> })}
        </Link>
        <nav className="site-nav" aria-label={t('nav.main')}>
          <NavLink href="/" icon="explore">
            {t('nav.explore')}
          </NavLink>
          {viewer && (
            <NavLink href="/following" icon="following">
              {t('nav.following')}
            </NavLink>
          )}
          {viewer && (
            <NavLink href="/inbox" icon="inbox">
              {t('nav.inbox')}
              <LiveBadge count="inbox" initial={unread.inbox} />
            </NavLink>
          )}
          {viewer && (
            <NavLink href="/orders" icon="orders">
              {t('nav.orders')}
            </NavLink>
          )}
          {viewer && (
            <NavLink href="/settings/payments" className="site-nav__extra">
              {shell('nav.settings')}
            </NavLink>
          )}
          {viewer && (
            <NavLink href="/studio" icon="studio">
              {viewer.brand ? t('nav.studio') : t('nav.sell')}
              {viewer.brand && <LiveBadge count="studio" initial={unread.studio} />}
            </NavLink>
          )}
          {viewer?.roles.includes('admin') && (
            <NavLink href="/admin" className="site-nav__extra">
              {t('nav.admin')}
            </NavLink>
          )}
        </nav>
        <div className="user-menu">
          <LanguageSwitcher className="user-menu__language" />
          {viewer ? (
            <>
              <span className="user-menu__name">{viewer.name}</span>
              <form action={signOut} className="user-menu__sign-out">
                <Button type="submit" variant="ghost" small>
                  {t('account.signOut')}
                </Button>
              </form>
              {/* Phones: what does not fit the tab bar lives behind the account button. */}
              <details className="account-menu">
                <summary className={buttonClass({ variant: 'ghost', small: true })} aria-label={t('account.menu', { name: viewer.name })}>
                  <span aria-hidden>{viewer.name.trim().charAt(0).toUpperCase() || '?'}</span>
                </summary>
                <div className="account-menu__panel card">
                  <p className="account-menu__name">{viewer.name}</p>
                  <Link href="/settings/payments">{shell('nav.settings')}</Link>
                  {viewer.roles.includes('admin') && <Link href="/admin">{t('nav.admin')}</Link>}
                  <LanguageSwitcher />
                  <form action={signOut}>
                    <Button type="submit" variant="ghost" small>
                      {t('account.signOut')}
                    </Button>
                  </form>
                </div>
              </details>
            </>
          ) : (
            <>
              <ButtonLink href="/sign-in" variant="ghost" small>
                {t('account.signIn')}
              </ButtonLink>
              <ButtonLink href="/sign-up" small className="user-menu__join">
                {t('account.join')}
              </ButtonLink>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
