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
          <NavLink href="/">Explore</NavLink>
          {viewer && <NavLink href="/following">Following</NavLink>}
          {viewer && (
            <NavLink href="/inbox">
              Inbox
              <LiveBadge count="inbox" initial={unread.inbox} />
            </NavLink>
          )}
          {viewer && <NavLink href="/orders">Orders</NavLink>}
          {viewer && <NavLink href="/settings/payments">Payments</NavLink>}
          {viewer && (
            <NavLink href="/studio">
              {viewer.brand ? 'Studio' : 'Sell'}
              {viewer.brand && <LiveBadge count="studio" initial={unread.studio} />}
            </NavLink>
          )}
          {viewer?.roles.includes('admin') && <NavLink href="/admin">Admin</NavLink>}
        </nav>
        <div className="user-menu">
          {viewer ? (
            <>
              <span>{viewer.name}</span>
              <form action={signOut}>
                <button type="submit" className="button button--ghost button--small">
                  Sign out
                </button>
              </form>
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
