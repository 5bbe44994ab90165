import Link from 'next/link';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeRedirect } from '@/lib/validation/redirect';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.signIn'))('title') };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeRedirect((await searchParams).next);
  const t = await getTranslations('auth.signIn');
  return (
    <div className="page-narrow page-narrow--form card stack">
      <h1 className="page-title">{t('title')}</h1>
      <SignInForm next={next} />
      <p className="muted">
        {t.rich('newHere', { link: (chunks) => <Link href={`/sign-up?next=${encodeURIComponent(next)}`}>{chunks}</Link> })}
      </p>
    </div>
  );
}
