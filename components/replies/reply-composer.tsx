'use client';
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { postReply } from '@/lib/actions/replies/post-reply';
import type { ActionResult } from '@/lib/actions/define-action';

type Posted = Awaited<ReturnType<typeof postReply>> extends ActionResult<infer T> ? T : never;

interface Props {
  postId: string;
  buyHashtag: string;
  signedIn: boolean;
  /** Text carried through sign-in, so a signed-out buyer's reply continues where it left off. */
  draft: string;
  onPosted: (result: Posted) => Promise<void>;
}

const NOTES: Partial<Record<Posted['kind'], string>> = {
  asked: 'The brand needs a detail — see its answer below your reply.',
  waitlisted: "It's sold out: you're on the waitlist and will be offered one when it's back.",
  checkout: 'Reserved for 15 minutes — complete your payment.',
  confirm: 'Reserved for 15 minutes — confirm below your reply.',
};

export function ReplyComposer({ postId, buyHashtag, signedIn, draft, onPosted }: Props) {
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
    setNote(result.data.kind === 'refused' ? result.data.message : (NOTES[result.data.kind] ?? null));
    await onPosted(result.data);
  }

  return (
    <form className="reply-composer" onSubmit={submit} noValidate>
      <label htmlFor={`reply-${postId}`} className="visually-hidden">
        Your reply
      </label>
      <textarea
        id={`reply-${postId}`}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        placeholder={`Say something, or reply #${buyHashtag} M x2 to buy`}
        maxLength={500}
        rows={2}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `reply-${postId}-error` : undefined}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) event.currentTarget.form?.requestSubmit();
        }}
      />
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <span className="muted">{signedIn ? 'Ctrl+Enter to send' : <Link href={`/sign-in?next=/p/${postId}`}>Sign in</Link>}</span>
        <button type="submit" className="button button--small" disabled={pending || !body.trim()}>
          {pending && <span className="spinner" aria-hidden />}
          {pending ? 'Sending…' : 'Reply'}
        </button>
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
