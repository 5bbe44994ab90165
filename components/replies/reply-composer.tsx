'use client';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { postReply } from '@/lib/actions/replies/post-reply';
import type { ActionResult } from '@/lib/actions/define-action';
import { Button } from '@/components/form/button';

type Posted = Awaited<ReturnType<typeof postReply>> extends ActionResult<infer T> ? T : never;

interface Props {
  postId: string;
  buyHashtag: string;
  signedIn: boolean;
  /** Text carried through sign-in, so a signed-out buyer's reply continues where it left off. */
  draft: string;
  /** How long a buying reply holds the item, for the note after it. */
  holdMinutes: number;
  onPosted: (result: Posted) => Promise<void>;
}

/** The outcomes of a buying reply that get a note under the composer. */
const NOTED = ['asked', 'waitlisted', 'checkout', 'confirm'] as const satisfies readonly Posted['kind'][];
const isNoted = (kind: Posted['kind']): kind is (typeof NOTED)[number] => (NOTED as readonly string[]).includes(kind);

export function ReplyComposer({ postId, buyHashtag, signedIn, draft, holdMinutes, onPosted }: Props) {
  const t = useTranslations('replies.composer');
  const [body, setBody] = useState(draft);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!signedIn) {
      window.location.assign(`/sign-in?next=${encodeURIComponent(`/p/${postId}?reply=${encodeURIComponent(body)}`)}`);
      return;
    }
    setPending(true);
    setError(null);
    setNote(null);
    const result = await postReply(null, { postId, body });
    setPending(false);
    if (!result.ok) {
      setError(result.fieldErrors?.body ?? result.message);
      return;
    }
    setBody('');
    const { kind } = result.data;
    setNote(result.data.kind === 'refused' ? result.data.message : isNoted(kind) ? t(`notes.${kind}`, { minutes: holdMinutes }) : null);
    await onPosted(result.data);
  }

  return (
    <form className="reply-composer" onSubmit={submit} noValidate>
      <label htmlFor={`reply-${postId}`} className="visually-hidden">
        {t('label')}
      </label>
      <textarea
        id={`reply-${postId}`}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        placeholder={t('placeholder', { tag: buyHashtag })}
        maxLength={500}
        rows={2}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `reply-${postId}-error` : undefined}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) event.currentTarget.form?.requestSubmit();
        }}
      />
      <div className="row row--spread">
        <span className="muted">{signedIn ? t('shortcut') : <Link href={`/sign-in?next=/p/${postId}`}>{t('signIn')}</Link>}</span>
        <Button type="submit" small disabled={pending || !body.trim()}>
          {pending && <span className="spinner" aria-hidden />}
          {pending ? t('sending') : t('reply')}
        </Button>
      </div>
      {error && (
        <p id={`reply-${postId}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      {note && (
        <p className="field-hint" role="status">
          {note}
        </p>
      )}
    </form>
  );
}
