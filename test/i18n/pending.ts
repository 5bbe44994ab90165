// Files whose words are not all in the messages yet. The catalog test fails when a file not listed
// here has typed-in words, and when a listed file has none left: take a file off as you finish it.
// `npx tsx test/i18n/list.ts` prints what is left, file by file.
export const PENDING_TRANSLATION: readonly string[] = [
];
