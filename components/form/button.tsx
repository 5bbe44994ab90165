// The one button look (`.button` in app/globals.css) for buttons and for links that act as buttons,
// so a page never hand-writes `className="button button--…"`.
import Link from 'next/link';
import type { ButtonHTMLAttributes, ComponentProps } from 'react';

export type ButtonVariant = 'primary' | 'ghost' | 'danger';

interface Look {
  variant?: ButtonVariant;
  small?: boolean;
  className?: string;
}

export function buttonClass({ variant = 'primary', small = false, className }: Look = {}): string {
  return ['button', variant !== 'primary' && `button--${variant}`, small && 'button--small', className].filter(Boolean).join(' ');
}

export function Button({ variant, small, className, ...button }: Look & ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button {...button} className={buttonClass({ variant, small, className })} />;
}

export function ButtonLink({ variant, small, className, ...link }: Look & ComponentProps<typeof Link>) {
  return <Link {...link} className={buttonClass({ variant, small, className })} />;
}
