// better-auth's HTTP API, for machine clients; the app's own forms use server actions.
import { getAuth } from '@/lib/auth/auth';

async function handle(request: Request) {
  return (await getAuth()).handler(request);
}

export { handle as GET, handle as POST };
