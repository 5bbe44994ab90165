'use server';
import { z } from 'zod';
import { authedAction, done } from '@/lib/actions/define-action';
import { postReply as post } from '@/lib/replies/post-reply';
import { requestTranslator, type SayMessage } from '@/lib/i18n/translator';
import { getStripe } from '@/lib/payments/stripe';
import { uuid } from '@/lib/validation/ids';
import { plainText } from '@/lib/validation/text';

const schema = z.object({
  postId: uuid('errors.field.unknownPost'),
  body: plainText({ min: 1, max: 500, tooShort: 'errors.reply.empty', tooLong: 'errors.reply.tooLong' }),
});

/** What the reply composer needs to know; the thread itself refreshes from the server. */
export const postReply = authedAction({ schema }, async (input, { viewer, db }) => {
  const outcome = await post(db, getStripe(), { postId: input.postId, authorId: viewer.id, body: input.body });
  return done(composerView(outcome, await requestTranslator()));
});

/** A refusal (too many purchases waiting, a draw's rule) is worded for the person replying. */
function composerView(outcome: Awaited<ReturnType<typeof post>>, say: SayMessage) {
  switch (outcome.kind) {
    case 'checkout':
      return { kind: 'checkout' as const, replyId: outcome.reply.id, session: outcome.session };
    case 'confirm':
      return { kind: 'confirm' as const, replyId: outcome.reply.id, session: outcome.session, savedCard: outcome.savedCard };
    case 'refused':
      return { kind: 'refused' as const, replyId: outcome.reply.id, message: say(outcome.message, outcome.params) };
    default:
      return { kind: outcome.kind, replyId: outcome.reply.id };
  }
}
