'use client';
// What a reader can do on a brand page — follow, message, report, and an admin's tools — by how they
// stand with the brand. On the copy the page cache shares between signed-in readers that standing is
// read in the browser (/api/viewer), with a placeholder until then: never a Follow button that may
// be wrong for this reader.
import type { BrandStanding } from '@/lib/viewer/viewer-state';
import { FollowButton } from '@/components/brand/follow-button';
import { MessageBrandButton } from '@/components/conversations/message-brand-button';
import { ReportButton } from '@/components/admin/report-button';
import { BrandAdminTools } from '@/components/admin/admin-tools';
import { useViewerState } from '@/components/viewer/use-viewer-state';

interface Props {
  brand: { id: string; name: string; handle: string };
  /** The reader's standing (null: signed out), or `shared` to read it in the browser. */
  standing: BrandStanding | null | 'shared';
}

export function BrandActions({ brand, standing: source }: Props) {
  const state = useViewerState(source === 'shared', brand.id);
  const standing = source === 'shared' ? (state ? state.brand : undefined) : source;
  if (standing === undefined) return <span className="skeleton skeleton--line skeleton--short" aria-hidden data-testid="brand-actions-loading" />;
  if (standing?.own) return null;
  return (
    <>
      <FollowButton brandId={brand.id} brandName={brand.name} initiallyFollowing={standing?.following ?? false} signedIn={standing !== null} />
      {standing && <MessageBrandButton brandId={brand.id} />}
      <ReportButton targetType="brand" targetId={brand.id} signedIn={standing !== null} nextPath={`/@${brand.handle}`} />
      {standing?.moderation && <BrandAdminTools brand={standing.moderation} />}
    </>
  );
}
