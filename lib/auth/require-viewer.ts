// What a page needs before it renders: a signed-in viewer (else sign in, coming back here) and,
// for the studio, the brand they own (else the studio's start, where a brand is opened).
import 'server-only';
import { redirect } from 'next/navigation';
import type { Brand } from '@/db/schema';
import { getViewer, type Viewer } from './viewer';

export async function requireViewer(path: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  return viewer;
}

export async function requireBrand(path: string): Promise<{ viewer: Viewer; brand: Brand }> {
  const viewer = await requireViewer(path);
  if (!viewer.brand) redirect('/studio');
  return { viewer, brand: viewer.brand };
}
