'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { NavIcon, type NavIconName } from './nav-icon';

/** A main-nav link marked current on its section; with an icon it is also a tab on phones. */
export function NavLink({ href, icon, className, children }: { href: string; icon?: NavIconName; className?: string; children: ReactNode }) {
  const pathname = usePathname();
  const active = href === '/' ? pathname === '/' : pathname.startsWith(href);
  return (
    <Link href={href} className={className} aria-current={active ? 'page' : undefined}>
      {icon && <NavIcon name={icon} />}
      <span className="nav-label">{children}</span>
    </Link>
  );
}
