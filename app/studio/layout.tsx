import type { ReactNode } from 'react';
import { getViewer } from '@/lib/auth/viewer';
import { StudioNav } from '@/components/studio/studio-nav';

export default async function StudioLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  return (
    <div className="stack">
      {viewer?.brand && <StudioNav />}
      {children}
    </div>
  );
}
