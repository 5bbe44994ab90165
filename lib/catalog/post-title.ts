// A post's title: what cards, receipts, orders and exports call the item. Rules shared by the
// composer's action, the domain functions and the display of an order line.
import { POST_TITLE_MAX } from '@/db/schema';
import { DomainError } from '@/lib/errors';

export { POST_TITLE_MAX };
export { itemName } from './item-name';

/** The trimmed title, or an invalid_input error on the `title` field. */
export function checkPostTitle(title: string): string {
  const trimmed = title.replace(/\s+/g, ' ').trim();
  if (!trimmed) throw new DomainError('invalid_input', 'errors.post.titleRequired', 'title');
  if (trimmed.length > POST_TITLE_MAX) throw new DomainError('invalid_input', 'errors.post.titleTooLong', 'title', { params: { max: POST_TITLE_MAX } });
  return trimmed;
}

