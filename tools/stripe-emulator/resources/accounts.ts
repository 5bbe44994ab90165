// Connect accounts (Express by default) and AccountLinks to the emulator's onboarding page.
import type Stripe from 'stripe';
import { z } from 'zod';
import { pathParam, type RequestContext } from '../context';
import { noSuch } from '../errors';
import { newId, randomToken } from '../ids';
import { paginate } from '../pagination';
import { clearable, listParams, metadataParam, parseParams } from '../params';
import type { ApiRoute } from '../routes';
import type { AccountLinkRecord } from '../store';

const LINK_LIFETIME_SECONDS = 300;

const ONBOARDING_REQUIREMENTS = [
  'business_profile.mcc',
  'business_profile.url',
  'external_account',
  'individual.first_name',
  'individual.last_name',
  'tos_acceptance.date',
  'tos_acceptance.ip',
];

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

function requirements(currentlyDue: string[]): Stripe.Account.Requirements {
  return {
    alternatives: [],
    current_deadline: null,
    currently_due: currentlyDue,
    disabled_reason: currentlyDue.length > 0 ? 'requirements.past_due' : null,
    errors: [],
    eventually_due: currentlyDue,
    past_due: currentlyDue,
    pending_verification: [],
  };
}

export function requireConnectedAccount(ctx: RequestContext, id: string, param?: string): Stripe.Account {
  const found = ctx.store.state.accounts[id];
  if (!found || 'deleted' in found) throw noSuch('account', id, param);
  return found;
}

function applyBusinessProfile(account: Stripe.Account, input: z.output<typeof businessProfileParam> | undefined): void {
  if (!input || !account.business_profile) return;
  const profile = account.business_profile;
  if (input.name !== undefined) profile.name = input.name;
  if (input.url !== undefined) profile.url = input.url;
  if (input.product_description !== undefined) profile.product_description = input.product_description;
  if (input.mcc !== undefined) profile.mcc = input.mcc;
  if (input.support_email !== undefined) profile.support_email = input.support_email;
}

function create(ctx: RequestContext): Stripe.Account {
  const params = parseParams(createSchema, ctx.params);
  const id = newId('acct');
  const requested = Object.entries(params.capabilities ?? { card_payments: { requested: true }, transfers: { requested: true } })
    .filter(([, request]) => String(request.requested) === 'true')
    .map(([name]) => name);
  const capabilities: Stripe.Account.Capabilities = {};
  for (const name of requested) (capabilities as Record<string, string>)[name] = 'inactive';
  const account: Stripe.Account = {
    id,
    object: 'account',
    business_profile: {
      annual_revenue: null,
      estimated_worker_count: null,
      mcc: null,
      minority_owned_business_designation: null,
      name: null,
      product_description: null,
      specified_commercial_transactions_act_url: null,
      support_address: null,
      support_email: null,
      support_phone: null,
      support_url: null,
      url: null,
    },
    business_type: params.business_type ?? null,
    capabilities,
    charges_enabled: false,
    controller: { is_controller: true, type: 'application' },
    country: params.country ?? 'US',
    created: ctx.store.now(),
    default_currency: params.default_currency ?? 'usd',
    details_submitted: false,
    email: params.email ?? null,
    external_accounts: { object: 'list', data: [], has_more: false, url: `/v1/accounts/${id}/external_accounts` },
    future_requirements: requirements([]),
    metadata: params.metadata ?? {},
    payouts_enabled: false,
    requirements: requirements(ONBOARDING_REQUIREMENTS),
    settings: null,
    tos_acceptance: { date: null, ip: null, user_agent: null },
    type: params.type ?? 'express',
  };
  applyBusinessProfile(account, params.business_profile);
  ctx.store.state.accounts[id] = account;
  return account;
}

/** What the onboarding page's "Complete onboarding" button does. */
export function completeOnboarding(ctx: RequestContext, account: Stripe.Account): void {
  const previous = {
    charges_enabled: account.charges_enabled,
    payouts_enabled: account.payouts_enabled,
    details_submitted: account.details_submitted,
    capabilities: structuredClone(account.capabilities),
    requirements: structuredClone(account.requirements),
  };
  account.charges_enabled = true;
  account.payouts_enabled = true;
  account.details_submitted = true;
  account.requirements = requirements([]);
  account.tos_acceptance = { date: ctx.store.now(), ip: '127.0.0.1', user_agent: 'stripe-emulator' };
  for (const name of Object.keys(account.capabilities ?? {})) (account.capabilities as Record<string, string>)[name] = 'active';
  ctx.emit('account.updated', account, previous);
}

export function createAccountLink(ctx: RequestContext): Stripe.AccountLink {
  const params = parseParams(linkSchema, ctx.params);
  requireConnectedAccount(ctx, params.account, 'account');
  const created = ctx.store.now();
  const record: AccountLinkRecord = {
    token: randomToken(24),
    account: params.account,
    type: params.type,
    refreshUrl: params.refresh_url,
    returnUrl: params.return_url,
    expiresAt: created + LINK_LIFETIME_SECONDS,
    used: false,
  };
  ctx.store.state.accountLinks[record.token] = record;
  return { object: 'account_link', created, expires_at: record.expiresAt, url: `${ctx.baseUrl}/connect/onboarding/${record.token}` };
}

export const accountRoutes: ApiRoute[] = [
  { method: 'POST', path: '/v1/accounts', handler: create },
  {
    method: 'GET',
    path: '/v1/accounts/:id',
    handler: (ctx) => requireConnectedAccount(ctx, pathParam(ctx, 'id')),
  },
  {
    method: 'POST',
    path: '/v1/accounts/:id',
    handler(ctx) {
      const account = requireConnectedAccount(ctx, pathParam(ctx, 'id'));
      const params = parseParams(updateSchema, ctx.params);
      const before = structuredClone(account);
      if (params.email !== undefined) account.email = params.email;
      if (params.metadata !== undefined) account.metadata = params.metadata === null ? {} : { ...account.metadata, ...params.metadata };
      applyBusinessProfile(account, params.business_profile);
      const previous: Record<string, unknown> = {};
      for (const key of ['email', 'metadata', 'business_profile'] as const) {
        if (JSON.stringify(before[key]) !== JSON.stringify(account[key])) previous[key] = before[key] ?? null;
      }
      if (Object.keys(previous).length > 0) ctx.emit('account.updated', account, previous);
      return account;
    },
  },
  {
    method: 'DELETE',
    path: '/v1/accounts/:id',
    handler(ctx) {
      const account = requireConnectedAccount(ctx, pathParam(ctx, 'id'));
      const deleted: Stripe.DeletedAccount = { id: account.id, object: 'account', deleted: true };
      ctx.store.state.accounts[account.id] = deleted;
      return deleted;
    },
  },
  {
    method: 'GET',
    path: '/v1/accounts',
    handler(ctx) {
      const query = parseParams(z.strictObject(listParams), ctx.params);
      const accounts = Object.values(ctx.store.state.accounts).filter((a): a is Stripe.Account => !('deleted' in a));
      return paginate(accounts, query, '/v1/accounts');
    },
  },
  {
    method: 'POST',
    path: '/v1/account_links',
    handler: createAccountLink,
  },
];
