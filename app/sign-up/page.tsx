import Link from 'next/link';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { safeRedirect } from '@/lib/validation/redirect';

export const metadata = { title: 'Create an account' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeRedirect((await searchParams).next);
  return (
    <div className="page-narrow card stack" style={{ maxWidth: 420 }}>
      <h1 className="page-title">Create your account</h1>
      <SignUpForm next={next} />
      <p className="muted">
        Already have one? <Link href={`/sign-in?next=${encodeURIComponent(next)}`}>Sign in</Link>
      </p>
    </div>
  );
}
