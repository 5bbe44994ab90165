import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { posts } from '@/db/schema';
import { isUuid } from '@/lib/validation/ids';
import { getDrawVerification } from '@/lib/draws/view';
import { commitmentOf, shuffleEntries } from '@/lib/draws/shuffle';
import { recomputeScript } from '@/lib/draws/recompute-script';

export const metadata: Metadata = { title: 'Verify this draw' };

type Props = { params: Promise<{ id: string }> };

export default async function DrawVerificationPage({ params }: Props) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const db = await getDb();
  const [post] = await db.select({ title: posts.title, status: posts.status }).from(posts).where(eq(posts.id, id));
  const verification = post && post.status !== 'draft' ? await getDrawVerification(db, id) : null;
  if (!post || !verification) notFound();
  const { summary, seed, entries } = verification;
  const ids = entries.map((entry) => entry.id);
  const recomputed = seed ? shuffleEntries(seed, ids) : [];
  const byRank = [...entries].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((entry) => entry.id);
  const ranksMatch = seed !== null && recomputed.join() === byRank.join();
  const options = new Map(summary.options.map((option) => [option.label, option.units]));

  return (
    <div className="page-narrow stack">
      <p style={{ margin: 0 }}>
        <Link href={`/p/${id}`}>← {post.title}</Link>
      </p>
      <h1 className="page-title">Verify this draw</h1>
      <section className="card stack" aria-labelledby="commitment-title">
        <h2 id="commitment-title" style={{ margin: 0, fontSize: '1.05rem' }}>
          1. The commitment, published before anyone entered
        </h2>
        <p style={{ margin: 0 }}>
          SHA-256 of the secret seed: <code className="break-all">{summary.seedCommitment}</code>
        </p>
        <p className="muted" style={{ margin: 0 }}>
          Entries {summary.phase === 'upcoming' ? 'open' : 'opened'} {new Date(summary.opensAt).toUTCString()} and {summary.phase === 'upcoming' || summary.phase === 'open' ? 'close' : 'closed'}{' '}
          {new Date(summary.closesAt).toUTCString()}. Units: {summary.options.map((option) => `${option.label} ${option.units}`).join(', ')}.
        </p>
      </section>

      <section className="card stack" aria-labelledby="seed-title">
        <h2 id="seed-title" style={{ margin: 0, fontSize: '1.05rem' }}>
          2. The seed, revealed at close
        </h2>
        {seed ? (
          <>
            <p style={{ margin: 0 }}>
              Seed: <code className="break-all">{seed}</code>
            </p>
            <p className={commitmentOf(seed) === summary.seedCommitment ? 'form-success' : 'form-error'} style={{ margin: 0 }}>
              {commitmentOf(seed) === summary.seedCommitment ? '✓ SHA-256 of this seed equals the commitment above.' : '✗ This seed does not match the commitment.'}
            </p>
          </>
        ) : (
          <p style={{ margin: 0 }}>The seed stays secret until entries close, so nobody — the shop included — can pick entry times to win. {summary.entered.toLocaleString('en-US')} entered so far.</p>
        )}
      </section>

      <section className="card stack" aria-labelledby="algorithm-title">
        <h2 id="algorithm-title" style={{ margin: 0, fontSize: '1.05rem' }}>
          3. How the winners are picked
        </h2>
        <ol className="stack" style={{ margin: 0 }}>
          <li>Take every valid entry when entries close (withdrawn entries and entries of banned accounts are left out), sorted by entry number.</li>
          <li>
            Shuffle that list with Fisher–Yates: for <em>i</em> from the last position down to 1, swap position <em>i</em> with position <em>j</em>, a uniform number from 0 to <em>i</em>.
          </li>
          <li>
            Each <em>j</em> comes from HMAC-SHA256 with the seed&apos;s 64-character hex text as key and a counter (0, 1, 2… in decimal) as message: read the first 6 bytes as a big-endian number;
            if it is below the largest multiple of <em>i</em>+1 under 2<sup>48</sup>, <em>j</em> is its remainder by <em>i</em>+1, otherwise take the next counter (so no place is favoured).
          </li>
          <li>
            Read the shuffled list from the front. Each option&apos;s units go to the first entrants who chose it. The card entered is charged; if the bank asks the winner to confirm or the card is
            declined, the winner has 30 minutes to pay, then the unit passes to the next entrant for that option in the list.
          </li>
        </ol>
      </section>

      {seed && (
        <section className="card stack" aria-labelledby="entries-title">
          <h2 id="entries-title" style={{ margin: 0, fontSize: '1.05rem' }}>
            4. The entries ({entries.length.toLocaleString('en-US')})
          </h2>
          <p className={ranksMatch ? 'form-success' : 'form-error'} style={{ margin: 0 }}>
            {ranksMatch ? '✓ Recomputed on this page from the seed and the entry numbers: the order matches the draw.' : '✗ The recomputed order differs from the draw.'}
          </p>
          <p className="muted" style={{ margin: 0 }}>
            Entrants are shown by entry number only; yours is in your entry sheet and inbox. Units per option: {[...options].map(([label, units]) => `${label} ${units}`).join(', ')}.
          </p>
          <div className="table-scroll">
            <table className="variant-table" aria-label="Entries in shuffled order">
              <thead>
                <tr>
                  <th scope="col">Place</th>
                  <th scope="col">Entry #</th>
                  <th scope="col">Option</th>
                  <th scope="col">Outcome</th>
                </tr>
              </thead>
              <tbody>
                {[...entries]
                  .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
                  .map((entry) => (
                    <tr key={entry.id}>
                      <td>{(entry.rank ?? 0) + 1}</td>
                      <td>{entry.id}</td>
                      <td>{entry.option}</td>
                      <td>{entry.outcome}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          <h3 style={{ margin: 0, fontSize: '1rem' }}>Recompute it yourself</h3>
          <p className="muted" style={{ margin: 0 }}>
            Save as <code>recompute.mjs</code> and run <code>node recompute.mjs</code> (Node.js 18 or later, nothing to install). It prints the commitment and the entry numbers in shuffled order.
          </p>
          <pre className="code-block" aria-label="Script to recompute the draw">
            {recomputeScript(seed, ids)}
          </pre>
        </section>
      )}
    </div>
  );
}
