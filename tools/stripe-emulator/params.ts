// Validates request parameters with zod and reports problems the way Stripe does, naming the parameter.
import { z } from 'zod';
import { invalidRequest, StripeApiError } from './errors';

/** Stripe's form booleans arrive as the strings "true"/"false". */
export const formBool = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);
export const formInt = z.coerce.number().int();
export const nonNegativeInt = formInt.min(0);
/** The SDK sends `''` to clear a field. */
export const clearable = <T extends z.ZodType>(schema: T) => z.union([z.literal('').transform(() => null), schema]);
export const metadataParam = clearable(z.record(z.string(), z.union([z.string(), formInt.transform(String)])));

export const addressParam = z.strictObject({
  line1: z.string().optional(),
  line2: z.string().optional(),
  city: z.string().optional(),
  state: z.string().optional(),
  postal_code: z.string().optional(),
  country: z.string().optional(),
});

export const shippingParam = clearable(
  z.strictObject({
    name: z.string(),
    address: addressParam,
    phone: z.string().optional(),
    carrier: z.string().optional(),
    tracking_number: z.string().optional(),
  }),
);

export const billingDetailsParam = z.strictObject({
  name: z.string().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  address: addressParam.optional(),
});

export const cardDataParam = z.strictObject({
  number: z.string(),
  exp_month: formInt,
  exp_year: formInt,
  cvc: z.string().optional(),
});

export const paymentMethodDataParam = z.strictObject({
  type: z.literal('card'),
  card: cardDataParam,
  billing_details: billingDetailsParam.optional(),
  metadata: metadataParam.optional(),
  allow_redisplay: z.enum(['always', 'limited', 'unspecified']).optional(),
});

export const listParams = {
  limit: formInt.min(1).max(100).optional(),
  starting_after: z.string().optional(),
  ending_before: z.string().optional(),
};

function paramName(path: PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  return head === undefined ? '' : head + rest.map((p) => `[${p}]`).join('');
}

function toStripeError(error: z.ZodError): StripeApiError {
  const issue = error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const param = paramName([...issue.path, issue.keys[0]!]);
    return invalidRequest(`Received unknown parameter: ${param}. The Stripe emulator does not support it (or Stripe does not know it).`, {
      param,
    });
  }
  const param = paramName(issue.path);
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return invalidRequest(`Missing required param: ${param}.`, { param, code: 'parameter_missing' });
  }
  if (issue.code === 'invalid_union' || issue.code === 'invalid_value') {
    return invalidRequest(`Invalid value for ${param}: ${JSON.stringify(issue.input)}.`, { param, code: 'parameter_invalid_string' });
  }
  return invalidRequest(`Invalid ${param}: ${issue.message}`, { param, code: 'parameter_invalid' });
}

export function parseParams<T extends z.ZodType>(schema: T, params: unknown): z.output<T> {
  const result = schema.safeParse(params);
  if (!result.success) throw toStripeError(result.error);
  return result.data;
}
