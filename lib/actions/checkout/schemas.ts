import { z } from 'zod';

// Only what to buy: a price, amount or currency a client adds is stripped by the schema.
export const startCheckoutSchema = z.object({
  postId: z.uuid('Unknown post.'),
  variantId: z.uuid('Choose an option.'),
  quantity: z.coerce.number().int('Choose a whole quantity.').min(1, 'Choose at least 1.').max(99, 'That is more than one order allows.'),
});
