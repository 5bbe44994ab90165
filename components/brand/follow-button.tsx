'use client';
import { useTranslations } from 'next-intl';
import { usePathname } from 'next/navigation';
import { useOptimistic, useState, useTransition } from 'react';
import { setFollowing } from '@/lib/actions/brands/follow-brand';
import { Button, ButtonLink } from '@/components/form/button';

interface Props {
  brandId: string;
  brandName: string;
  initiallyFollowing: boolean;
  signedIn: boolean;
}

export function FollowButton({ brandId, brandName, initiallyFollowing, signedIn }: Props) {
  const t = useTranslations('feed.follow');
  const pathname = usePathname();
  const [following, setFollowingState] = useState(initiallyFollowing);
  const [shown, setShown] = useOptimistic(following);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  if (!signedIn) {
    return (
      <ButtonLink small href={`/sign-in?next=${encodeURIComponent(pathname)}`}>
        {t('follow')}
      </ButtonLink>
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
      <Button
        type="button"
        small
        variant={shown ? 'ghost' : 'primary'}
        aria-pressed={shown}
        aria-label={shown ? t('unfollowBrand', { brand: brandName }) : t('followBrand', { brand: brandName })}
        onClick={toggle}
        disabled={pending}
      >
        {shown ? t('following') : t('follow')}
      </Button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
