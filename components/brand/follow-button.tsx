'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useOptimistic, useState, useTransition } from 'react';
import { setFollowing } from '@/lib/actions/brands/follow-brand';

interface Props {
  brandId: string;
  brandName: string;
  initiallyFollowing: boolean;
  signedIn: boolean;
}

export function FollowButton({ brandId, brandName, initiallyFollowing, signedIn }: Props) {
  const pathname = usePathname();
  const [following, setFollowingState] = useState(initiallyFollowing);
  const [shown, setShown] = useOptimistic(following);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  if (!signedIn) {
    return (
      <Link className="button button--small" href={`/sign-in?next=${encodeURIComponent(pathname)}`}>
        Follow
      </Link>
    );
  }

  function toggle() {
    const wanted = !following;
    startTransition(async () => {
      setShown(wanted);
      const result = await setFollowing(null, { brandId, follow: wanted ? 'true' : 'false' });
      if (result.ok) {
        setFollowingState(result.data.following);
        setError(null);
      } else setError(result.message);
    });
  }

  return (
    <div className="row">
      <button
        type="button"
        className={`button button--small${shown ? ' button--ghost' : ''}`}
        aria-pressed={shown}
        aria-label={`${shown ? 'Unfollow' : 'Follow'} ${brandName}`}
        onClick={toggle}
        disabled={pending}
      >
        {shown ? 'Following' : 'Follow'}
      </button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
