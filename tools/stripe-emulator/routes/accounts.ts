// Connect account routes (accounts and AccountLinks): the parameters Stripe accepts, checked,
// then handed to the model.
import type Stripe from 'stripe';
import { z } from 'zod';
import { pathParam } from '../context';
import { createAccount, createAccountLink, deleteAccount, updateAccount } from '../model/accounts';
import { lookup } from '../model/lookup';
import { paginate } from '../pagination';
import { clearable, listParams, metadataParam, parseParams } from '../params';
import type { ApiRoute } from './route';

const capabilityRequest = z.strictObject({ requested: z.union([z.literal('true'), z.literal('false'), z.boolean()]) });
const businessProfileParam = z.strictObject({
  name: clearable(z.string()).optional(),
  url: clearable(z.string()).optional(),
  product_description: clearable(z.string()).optional(),
  mcc: clearable(z.string()).optional(),
  support_email: clearable(z.string()).optional(),
});

const createSchema = z.strictObject({
  type: z.enum(['express', 'standard', 'custom']).optional(),
  country: z.string().length(2).optional(),
  email: z.string().optional(),
  business_type: z.enum(['individual', 'company', 'non_profit', 'government_entity']).optional(),
  default_currency: z.string().optional(),
  capabilities: z.record(z.string(), capabilityRequest).optional(),
  business_profile: businessProfileParam.optional(),
  metadata: metadataParam.optional(),
});

const updateSchema = z.strictObject({
  email: clearable(z.string()).optional(),
  business_profile: businessProfileParam.optional(),
  metadata: metadataParam.optional(),
});

const linkSchema = z.strictObject({
  account: z.string(),
  type: z.enum(['account_onboarding', 'account_update']),
  refresh_url: z.string().url(),
  return_url: z.string().url(),
  collect: z.enum(['currently_due', 'eventually_due']).optional(),
});

export const accountRoutes: ApiRoute[] = [
  { method: 'POST', path: '/v1/accounts', handler: (ctx) => createAccount(ctx, parseParams(createSchema, ctx.params)) },
  { method: 'GET', path: '/v1/accounts/:id', handler: (ctx) => lookup(ctx.tx, 'accounts', pathParam(ctx, 'id')) },
  {
    method: 'POST',
    path: '/v1/accounts/:id',
    handler: (ctx) => updateAccount(ctx, lookup(ctx.tx, 'accounts', pathParam(ctx, 'id')), parseParams(updateSchema, ctx.params)),
  },
  { method: 'DELETE', path: '/v1/accounts/:id', handler: (ctx) => deleteAccount(ctx, lookup(ctx.tx, 'accounts', pathParam(ctx, 'id'))) },
  {
    method: 'GET',
    path: '/v1/accounts',
    handler(ctx) {
      const query = parseParams(z.strictObject(listParams), ctx.params);
      const accounts = [...ctx.tx.values('accounts')].filter((a): a is Stripe.Account => !('deleted' in a));
      return paginate(accounts, query, '/v1/accounts');
    },
  },
  { method: 'POST', path: '/v1/account_links', handler: (ctx) => createAccountLink(ctx, parseParams(linkSchema, ctx.params)) },
];
