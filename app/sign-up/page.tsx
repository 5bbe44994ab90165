import Link from 'next/link';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { safeRedirect } from '@/lib/validation/redirect';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.signUp'))('metaTitle') };
}

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeRedirect((await searchParams).next);
  const t = await getTranslations('auth.signUp');
  return (
    <div className="page-narrow page-narrow--form card stack">
      <h1 className="page-title">{t('title')}</h1>
      <SignUpForm next={next} />
      <p className="muted">
        {t.rich('haveOne', { link: (chunks) => <Link href={`/sign-in?next=${encodeURIComponent(next)}`}>{chunks}</Link> })}
      </p>
    </div>
  );
}
