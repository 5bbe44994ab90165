'use client';
// Writes a message: Enter sends, Shift+Enter starts a new line. The thread refreshes from the live
// stream; sending also refreshes at once so the writer sees their message without waiting.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { sendMessage } from '@/lib/actions/conversations/send-message';

export function MessageComposer({ conversationId, side, draft = '' }: { conversationId: string; side: 'buyer' | 'brand'; draft?: string }) {
  const t = useTranslations('inbox.composer');
  const router = useRouter();
  const [body, setBody] = useState(draft);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (pending || !body.trim()) return;
    setPending(true);
    setError(null);
    const result = await sendMessage(null, { conversationId, side, body });
    setPending(false);
    if (!result.ok) {
      setError(result.fieldErrors?.body ?? result.message);
      return;
    }
    setBody('');
    router.refresh();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) void submit(event);
  }

  return (
    <form className="message-composer" onSubmit={submit} noValidate>
      <label htmlFor="message-body" className="visually-hidden">
        {t('label')}
      </label>
      <textarea
        id="message-body"
        value={body}
        rows={2}
        maxLength={2000}
        onChange={(event) => setBody(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder={t('placeholder')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'message-error' : undefined}
      />
      <button type="submit" className="button" disabled={pending || !body.trim()}>
        {pending ? t('sending') : t('send')}
      </button>
      {error && (
        <p id="message-error" className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
