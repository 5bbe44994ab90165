import Link from 'next/link';
import { SignInForm } from '@/components/auth/sign-in-form';
import { safeRedirect } from '@/lib/validation/redirect';

export const metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeRedirect((await searchParams).next);
  return (
    <div className="page-narrow card stack" style={{ maxWidth: 420 }}>
      <h1 className="page-title">Sign in</h1>
      <SignInForm next={next} />
      <p className="muted">
        New here? <Link href={`/sign-up?next=${encodeURIComponent(next)}`}>Create an account</Link>
      </p>
    </div>
  );
}
