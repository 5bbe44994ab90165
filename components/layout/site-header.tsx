import Link from 'next/link';
import { getDb } from '@/db/client';
import { getViewer } from '@/lib/auth/viewer';
import { unreadCounts } from '@/lib/conversations/read';
import { LiveBadge } from '@/components/live/live-badge';
import { signOut } from '@/lib/actions/auth/sign-out';
import { NavLink } from './nav-link';

export async function SiteHeader() {
  const viewer = await getViewer();
  const unread = viewer ? await unreadCounts(await getDb(), { userId: viewer.id, brandId: viewer.brand?.id ?? null }) : { inbox: 0, studio: 0 };
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="logo">
          #hash<span>cart</span>
        </Link>
        <nav className="site-nav" aria-label="Main">
          <NavLink href="/" icon="explore">
            Explore
          </NavLink>
          {viewer && (
            <NavLink href="/following" icon="following">
              Following
            </NavLink>
          )}
          {viewer && (
            <NavLink href="/inbox" icon="inbox">
              Inbox
              <LiveBadge count="inbox" initial={unread.inbox} />
            </NavLink>
          )}
          {viewer && (
            <NavLink href="/orders" icon="orders">
              Orders
            </NavLink>
          )}
          {viewer && (
            <NavLink href="/settings/payments" className="site-nav__extra">
              Payments
            </NavLink>
          )}
          {viewer && (
            <NavLink href="/studio" icon="studio">
              {viewer.brand ? 'Studio' : 'Sell'}
              {viewer.brand && <LiveBadge count="studio" initial={unread.studio} />}
            </NavLink>
          )}
          {viewer?.roles.includes('admin') && (
            <NavLink href="/admin" className="site-nav__extra">
              Admin
            </NavLink>
          )}
        </nav>
        <div className="user-menu">
          {viewer ? (
            <>
              <span className="user-menu__name">{viewer.name}</span>
              <form action={signOut} className="user-menu__sign-out">
                <button type="submit" className="button button--ghost button--small">
                  Sign out
                </button>
              </form>
              {/* Phones: what does not fit the tab bar lives behind the account button. */}
              <details className="account-menu">
                <summary className="button button--ghost button--small" aria-label={`Account: ${viewer.name}`}>
                  <span aria-hidden>{viewer.name.trim().charAt(0).toUpperCase() || '?'}</span>
                </summary>
                <div className="account-menu__panel card">
                  <p className="account-menu__name">{viewer.name}</p>
                  <Link href="/settings/payments">Payments</Link>
                  {viewer.roles.includes('admin') && <Link href="/admin">Admin</Link>}
                  <form action={signOut}>
                    <button type="submit" className="button button--ghost button--small">
                      Sign out
                    </button>
                  </form>
                </div>
              </details>
            </>
          ) : (
            <>
              <Link href="/sign-in" className="button button--ghost button--small">
                Sign in
              </Link>
              <Link href="/sign-up" className="button button--small">
                Join
              </Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
