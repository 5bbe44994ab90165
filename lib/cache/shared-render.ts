// Whether this render is the copy the page cache shares between signed-in readers: such a render
// has no session (lib/cache/serve-public-page strips it) yet must not say "sign in" — the header,
// follow state and admin tools are left to the browser (components/viewer), Buy buttons assume a
// reader who is signed in (the server checks again when one is pressed).
import 'server-only';
import { headers } from 'next/headers';
import { FILL_HEADER } from './public-page-key';

export async function renderingForMembers(): Promise<boolean> {
  return (await headers()).get(FILL_HEADER) === 'member';
}
