import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { renderingForMembers } from '@/lib/cache/shared-render';
import { headerAccountOf } from '@/lib/viewer/viewer-state';
import { LanguageSwitcher } from '@/components/locale/language-switcher';
import { AccountMenu, AccountNavLinks } from './account-nav';
import { NavLink } from './nav-link';

export async function SiteHeader() {
  const [viewer, forMembers, t, shell] = await Promise.all([getViewer(), renderingForMembers(), getTranslations('common'), getTranslations('shell')]);
  // The signed-in readers' shared copy names nobody: the account is read by the browser.
  const account = forMembers ? 'shared' : viewer ? await headerAccountOf(await getDb(), viewer) : null;
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
          <AccountNavLinks source={account} />
        </nav>
        <div className="user-menu">
          <LanguageSwitcher className="user-menu__language" />
          <AccountMenu source={account} />
        </div>
      </div>
    </header>
  );
}
