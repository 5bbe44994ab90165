// Every admin page starts here: signed-out visitors go to sign in, everyone else but an admin gets a 404.
import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { getViewer, type Viewer } from '@/lib/auth/viewer';

export async function requireAdminViewer(path: string): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  if (!viewer.roles.includes('admin')) notFound();
  return viewer;
}
