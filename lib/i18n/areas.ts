// Messages live in one file per locale per area (messages/<language>/<area>.json); each area is a
// top-level namespace: t('checkout.payNow') reads "payNow" from messages/<language>/checkout.json.
// Add an area here when you add its four files.

export const MESSAGE_AREAS = ['common', 'feed', 'post', 'checkout', 'replies', 'draws', 'auth', 'settings', 'shell', 'status', 'inbox', 'orders', 'carousel', 'errors', 'outcomes', 'admin', 'payments', 'studio', 'composer', 'insights'] as const;
export type MessageArea = (typeof MESSAGE_AREAS)[number];
