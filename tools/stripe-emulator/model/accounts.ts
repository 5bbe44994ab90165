// Connect accounts (Express by default): created with onboarding due, enabled by the onboarding
// page's "Complete onboarding", and the AccountLinks that lead there.
import type Stripe from 'stripe';
import type { ModelContext } from '../context';
import { newId, randomToken } from '../ids';
import type { AccountLinkRecord } from '../store';
import { lookup } from './lookup';

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

export interface BusinessProfileInput {
  name?: string | null;
  url?: string | null;
  product_description?: string | null;
  mcc?: string | null;
  support_email?: string | null;
}

export interface AccountInput {
  type?: 'express' | 'standard' | 'custom';
  country?: string;
  email?: string;
  business_type?: Stripe.Account.BusinessType;
  default_currency?: string;
  capabilities?: Record<string, { requested: boolean | 'true' | 'false' }>;
  business_profile?: BusinessProfileInput;
  metadata?: Record<string, string> | null;
}

export interface AccountChanges {
  email?: string | null;
  business_profile?: BusinessProfileInput;
  metadata?: Record<string, string> | null;
}

export interface AccountLinkInput {
  account: string;
  type: AccountLinkRecord['type'];
  refresh_url: string;
  return_url: string;
}

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

function applyBusinessProfile(account: Stripe.Account, input: BusinessProfileInput | undefined): void {
  if (!input || !account.business_profile) return;
  const profile = account.business_profile;
  if (input.name !== undefined) profile.name = input.name;
  if (input.url !== undefined) profile.url = input.url;
  if (input.product_description !== undefined) profile.product_description = input.product_description;
  if (input.mcc !== undefined) profile.mcc = input.mcc;
  if (input.support_email !== undefined) profile.support_email = input.support_email;
}

export function createAccount(ctx: ModelContext, input: AccountInput): Stripe.Account {
  const id = newId('acct');
  const requested = Object.entries(input.capabilities ?? { card_payments: { requested: true }, transfers: { requested: true } })
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
    business_type: input.business_type ?? null,
    capabilities,
    charges_enabled: false,
    controller: { is_controller: true, type: 'application' },
    country: input.country ?? 'US',
    created: ctx.tx.now(),
    default_currency: input.default_currency ?? 'usd',
    details_submitted: false,
    email: input.email ?? null,
    external_accounts: { object: 'list', data: [], has_more: false, url: `/v1/accounts/${id}/external_accounts` },
    future_requirements: requirements([]),
    metadata: input.metadata ?? {},
    payouts_enabled: false,
    requirements: requirements(ONBOARDING_REQUIREMENTS),
    settings: null,
    tos_acceptance: { date: null, ip: null, user_agent: null },
    type: input.type ?? 'express',
  };
  applyBusinessProfile(account, input.business_profile);
  ctx.tx.put('accounts', id, account);
  return account;
}

export function updateAccount(ctx: ModelContext, account: Stripe.Account, changes: AccountChanges): Stripe.Account {
  const before = structuredClone(account);
  if (changes.email !== undefined) account.email = changes.email;
  if (changes.metadata !== undefined) account.metadata = changes.metadata === null ? {} : { ...account.metadata, ...changes.metadata };
  applyBusinessProfile(account, changes.business_profile);
  const previous: Record<string, unknown> = {};
  for (const key of ['email', 'metadata', 'business_profile'] as const) {
    if (JSON.stringify(before[key]) !== JSON.stringify(account[key])) previous[key] = before[key] ?? null;
  }
  if (Object.keys(previous).length > 0) ctx.emit('account.updated', account, previous);
  return account;
}

export function deleteAccount(ctx: ModelContext, account: Stripe.Account): Stripe.DeletedAccount {
  const deleted: Stripe.DeletedAccount = { id: account.id, object: 'account', deleted: true };
  ctx.tx.put('accounts', account.id, deleted);
  return deleted;
}

/** What the onboarding page's "Complete onboarding" button does. */
export function completeOnboarding(ctx: ModelContext, account: Stripe.Account): void {
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
  account.tos_acceptance = { date: ctx.tx.now(), ip: '127.0.0.1', user_agent: 'stripe-emulator' };
  for (const name of Object.keys(account.capabilities ?? {})) (account.capabilities as Record<string, string>)[name] = 'active';
  ctx.emit('account.updated', account, previous);
}

export function createAccountLink(ctx: ModelContext, input: AccountLinkInput): Stripe.AccountLink {
  lookup(ctx.tx, 'accounts', input.account, { param: 'account' });
  const created = ctx.tx.now();
  const record: AccountLinkRecord = {
    token: randomToken(24),
    account: input.account,
    type: input.type,
    refreshUrl: input.refresh_url,
    returnUrl: input.return_url,
    expiresAt: created + LINK_LIFETIME_SECONDS,
    used: false,
  };
  ctx.tx.put('accountLinks', record.token, record);
  return { object: 'account_link', created, expires_at: record.expiresAt, url: `${ctx.baseUrl}/connect/onboarding/${record.token}` };
}
