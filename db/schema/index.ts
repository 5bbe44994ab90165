// Hashcart's tables, one module per domain; import them all from here ('@/db/schema').
export * from './accounts';
export * from './catalog';
export * from './orders';
export * from './moderation';
export * from './studio';
export * from './waitlist';
export * from './jobs';
export * from './draws';
export * from './feeds';
export * from './conversations';
