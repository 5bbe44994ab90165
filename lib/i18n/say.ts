export type MessageParams = Record<string, string | number | Date>;
/** Words a message key in the reader's language; text that is not a key is returned as it is. */
export type SayMessage = (message: string, params?: MessageParams) => string;

/** Any next-intl translator as a SayMessage, for keys only known at run time (stored, thrown). */
export function sayWith(t: unknown): SayMessage {
  const lookup = t as { has(key: string): boolean; (key: string, params?: MessageParams, formats?: object): string };
  return (message, params) => (lookup.has(message) ? lookup(message, params, moneyFormat(params)) : message);
}

/** `{amount, number, money}` in a message is written in the currency its params name (moneyParams). */
function moneyFormat(params: MessageParams | undefined): object | undefined {
  const currency = params?.currency;
  return typeof currency === 'string' ? { number: { money: { style: 'currency', currency } } } : undefined;
}
