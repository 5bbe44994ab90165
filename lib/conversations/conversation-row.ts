// The conversation row shape: a conversation with the other party as one side sees it (the brand
// for a buyer, the buyer for the brand, Hashcart for notices), as the inbox lists and a thread's
// header read it. One join and one naming rule for both.
import 'server-only';
import { brands, users, type Conversation } from '@/db/schema';
import type { Side } from './catalog';

/** The columns the other party is named from, over `join users on buyer_id` and `left join brands on brand_id`. */
export const COUNTERPART_COLUMNS = { buyerName: users.name, brandName: brands.name, brandHandle: brands.handle, brandAvatar: brands.avatarUrl };

export type CounterpartColumns = { buyerName: string; brandName: string | null; brandHandle: string | null; brandAvatar: string | null };

export interface Counterpart {
  title: string;
  /** The brand's @handle for a buyer; nothing for the brand's side or Hashcart. */
  handle: string | null;
  avatarUrl: string | null;
  href: string | null;
}

/** Who the reader is talking to. */
export function counterpartFrom(side: Side, kind: Conversation['kind'], columns: CounterpartColumns): Counterpart {
  if (side === 'brand') return { title: columns.buyerName, handle: null, avatarUrl: null, href: null };
  if (kind === 'system') return { title: 'Hashcart', handle: null, avatarUrl: null, href: null };
  const handle = columns.brandHandle;
  return { title: columns.brandName ?? 'Brand', handle, avatarUrl: columns.brandAvatar, href: handle ? `/@${handle}` : null };
}
