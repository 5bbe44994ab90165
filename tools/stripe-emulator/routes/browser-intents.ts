// Stripe.js calls with a publishable key; the intent's client_secret is what authorises it.
import { z } from 'zod';
import { pathParam, type RequestContext } from '../context';
import { invalidRequest } from '../errors';
import { lookup } from '../model/lookup';
import { formBool, parseParams, paymentMethodDataParam } from '../params';
import type { Collections } from '../store';
import type { ApiRoute } from './route';

export function checkClientSecret(
  ctx: RequestContext,
  intent: { id: string; client_secret: string | null },
  given: string | undefined,
): void {
  if (ctx.mode === 'secret' && given === undefined) return;
  if (given === undefined) {
    throw invalidRequest('A client_secret is required when using a publishable key.', { param: 'client_secret', code: 'parameter_missing' });
  }
  if (given !== intent.client_secret) {
    throw invalidRequest(`The client_secret provided does not match the client_secret associated with the ${intent.id.startsWith('seti_') ? 'SetupIntent' : 'PaymentIntent'}.`, {
      param: 'client_secret',
    });
  }
}

/** What every confirm may say, PaymentIntent or SetupIntent: the card, and how to go on after any challenge. */
export const cardConfirmFields = {
  payment_method: z.string().optional(),
  payment_method_data: paymentMethodDataParam.optional(),
  return_url: z.string().url().optional(),
  use_stripe_sdk: formBool.optional(),
};

/**
 * A confirm's two schemas: Stripe.js (publishable key) sends the card fields, the `browser` ones
 * and the client_secret; a server may also send the `serverOnly` ones and omit the client_secret.
 */
export function confirmSchemas<B extends z.ZodRawShape, S extends z.ZodRawShape>(browser: B, serverOnly: S) {
  return {
    secret: z.strictObject({ ...cardConfirmFields, ...browser, ...serverOnly, client_secret: z.string().optional() }),
    publishable: z.strictObject({ ...cardConfirmFields, ...browser, client_secret: z.string() }),
  };
}

/**
 * The two calls Stripe.js makes on a PaymentIntent or SetupIntent: retrieve and confirm, allowed
 * with a publishable key when the client_secret matches.
 */
export function browserIntentRoutes<C extends 'paymentIntents' | 'setupIntents', P extends { client_secret?: string }>(spec: {
  basePath: string;
  collection: C;
  /** Stripe.js (publishable key) must send the client_secret; a server may omit it. */
  confirmSchemas: { secret: z.ZodType<P>; publishable: z.ZodType<P> };
  confirm: (ctx: RequestContext, intent: Collections[C], params: P) => Collections[C];
}): ApiRoute[] {
  return [
    {
      method: 'GET',
      path: `${spec.basePath}/:id`,
      publishable: true,
      handler(ctx) {
        const intent: Collections[C] = lookup(ctx.tx, spec.collection, pathParam(ctx, 'id'));
        const { client_secret } = parseParams(z.strictObject({ client_secret: z.string().optional() }), ctx.params);
        checkClientSecret(ctx, intent, client_secret);
        return intent;
      },
    },
    {
      method: 'POST',
      path: `${spec.basePath}/:id/confirm`,
      publishable: true,
      handler(ctx) {
        const intent: Collections[C] = lookup(ctx.tx, spec.collection, pathParam(ctx, 'id'));
        const params = parseParams(ctx.mode === 'publishable' ? spec.confirmSchemas.publishable : spec.confirmSchemas.secret, ctx.params);
        checkClientSecret(ctx, intent, params.client_secret);
        return spec.confirm(ctx, intent, params);
      },
    },
  ];
}
