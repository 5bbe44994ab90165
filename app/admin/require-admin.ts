// Every admin page starts here: signed-out visitors go to sign in, everyone else but an admin gets a 404.
import 'server-only';
import { notFound } from 'next/navigation';
import { requireViewer } from '@/lib/auth/require-viewer';
import type { Viewer } from '@/lib/auth/viewer';

export async function requireAdminViewer(path: string): Promise<Viewer> {
  const viewer = await requireViewer(path);
  if (!viewer.roles.includes('admin')) notFound();
  return viewer;
}
