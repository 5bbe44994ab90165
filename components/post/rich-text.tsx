import Link from 'next/link';
import { Fragment } from 'react';

const TOKEN = /([#@][\p{L}\p{N}_]+)/gu;

/** Post and reply text with #hashtags and @mentions as links; everything else stays plain, escaped text. */
export function RichText({ text }: { text: string }) {
  const parts = text.split(TOKEN);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <Link key={index} href={part.startsWith('@') ? `/@${part.slice(1).toLowerCase()}` : `/?tag=${encodeURIComponent(part.slice(1))}`}>
            {part}
          </Link>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
