// Every API route the emulator answers, in the order they are matched.
import { accountRoutes } from './accounts';
import { chargeRoutes } from './charges';
import { customerRoutes } from './customers';
import { eventRoutes } from './events';
import { paymentIntentRoutes } from './payment-intents';
import { paymentMethodRoutes } from './payment-methods';
import { refundRoutes } from './refunds';
import type { ApiRoute } from './route';
import { setupIntentRoutes } from './setup-intents';
import { webhookEndpointRoutes } from './webhook-endpoints';

export const API_ROUTES: ApiRoute[] = [
  ...paymentIntentRoutes,
  ...setupIntentRoutes,
  ...customerRoutes,
  ...paymentMethodRoutes,
  ...chargeRoutes,
  ...refundRoutes,
  ...accountRoutes,
  ...eventRoutes,
  ...webhookEndpointRoutes,
];
