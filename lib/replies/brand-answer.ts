// The brand's automatic answers in a reply thread ("Which one? S, M, L — reply #buy S"): stored as
// a message key with params, so each reader reads them in their own language and with their own
// buying tag (#kaufen for a German reader), which the thread adds as `tag` when it words them.
import type { SayMessage } from '@/lib/i18n/say';

export type BrandAnswerParams = Record<string, string | number>;

export interface BrandAnswer {
  key:
    | 'replies.answers.whichOne'
    | 'replies.answers.unknownOption'
    | 'replies.answers.quantityLimit'
    | 'replies.answers.soldOutWaitlisted'
    | 'replies.answers.drawWhichOne'
    | 'replies.answers.drawEntered';
  params: BrandAnswerParams;
}

/** What to reply to buy one option: `M x2` (the thread puts the reader's tag before it). */
export function replyExample(option: string | undefined, quantity = 1): string {
  return `${option ?? ''}${quantity > 1 ? ` x${quantity}` : ''}`.trim();
}

/** A reply as its reader reads it: a person's text as written, the brand's answer in the reader's words. */
export function replyText(reply: { body: string | null; answer: { key: string; params: BrandAnswerParams } | null }, say: SayMessage, tag: string): string {
  return reply.answer ? say(reply.answer.key, { ...reply.answer.params, tag }) : (reply.body ?? '');
}
