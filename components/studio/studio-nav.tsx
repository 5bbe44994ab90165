import { NavLink } from '@/components/layout/nav-link';

export function StudioNav() {
  return (
    <nav className="studio-nav" aria-label="Studio">
      <NavLink href="/studio/posts">Posts</NavLink>
      <NavLink href="/studio/inbox">Inbox</NavLink>
      <NavLink href="/studio/orders">Orders</NavLink>
      <NavLink href="/studio/insights">Insights</NavLink>
      <NavLink href="/studio/payouts">Payouts</NavLink>
    </nav>
  );
}
