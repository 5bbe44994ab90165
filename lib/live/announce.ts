// Writers announce news with NOTIFY; inside a transaction it is sent only when that commits.
import 'server-only';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { LIVE_CHANNEL, type LiveNotice } from './notices';

export async function announce(db: DbOrTx, notice: LiveNotice): Promise<void> {
  await db.execute(sql`select pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(notice)})`);
}
