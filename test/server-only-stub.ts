// Stands in for the 'server-only' guard when lib/ is imported from vitest.
export {};
