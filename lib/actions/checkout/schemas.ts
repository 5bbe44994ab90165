import { z } from 'zod';

// Only what to buy: a price, amount or currency a client adds is stripped by the schema.
export const startCheckoutSchema = z.object({
  postId: z.uuid('errors.field.unknownPost'),
  variantId: z.uuid('errors.field.chooseOption'),
  quantity: z.coerce.number().int('errors.checkout.wholeQuantity').min(1, 'errors.checkout.atLeast').max(99, 'errors.checkout.tooMany'),
});
