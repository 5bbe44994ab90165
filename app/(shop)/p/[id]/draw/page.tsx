import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { posts } from '@/db/schema';
import { isUuid } from '@/lib/validation/ids';
import { getDrawVerification } from '@/lib/draws/view';
import { commitmentOf, shuffleEntries } from '@/lib/draws/shuffle';
import { recomputeScript } from '@/lib/draws/recompute-script';
import { OFFER_MINUTES } from '@/lib/draws/rules';
import type { PublicEntry } from '@/lib/draws/view';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('draws.verify'))('title') };
}

const OUTCOME_KEY = { won: 'won', paying: 'paying', 'passed on': 'passedOn', 'not picked': 'notPicked', waiting: 'waiting', void: 'void' } as const satisfies Record<PublicEntry['outcome'], string>;

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
  const t = await getTranslations('draws.verify');
  const format = await getFormatter();
  const units = summary.options.map((option) => `${option.label} ${format.number(option.units)}`).join(', ');
  const code = (chunks: ReactNode) => <code className="break-all">{chunks}</code>;

  return (
    <div className="page-narrow stack">
      <p className="flush">
        <Link href={`/p/${id}`}>← {post.title}</Link>
      </p>
      <h1 className="page-title">{t('title')}</h1>
      <section className="card stack" aria-labelledby="commitment-title">
        <h2 id="commitment-title" className="section-title">
          {t('commitmentTitle')}
        </h2>
        <p className="flush">{t.rich('commitment', { commitment: summary.seedCommitment, code })}</p>
        <p className="muted flush">
          {t('window', { phase: summary.phase, opens: format.dateTime(new Date(summary.opensAt), 'dateTime'), closes: format.dateTime(new Date(summary.closesAt), 'dateTime') })} {t('units', { units })}
        </p>
      </section>

      <section className="card stack" aria-labelledby="seed-title">
        <h2 id="seed-title" className="section-title">
          {t('seedTitle')}
        </h2>
        {seed ? (
          <>
            <p className="flush">{t.rich('seed', { seed, code })}</p>
            <p className={commitmentOf(seed) === summary.seedCommitment ? 'form-success' : 'form-error'}>
              {commitmentOf(seed) === summary.seedCommitment ? t('seedMatches') : t('seedMismatch')}
            </p>
          </>
        ) : (
          <p className="flush">{t('seedSecret', { entered: summary.entered })}</p>
        )}
      </section>

      <section className="card stack" aria-labelledby="algorithm-title">
        <h2 id="algorithm-title" className="section-title">
          {t('algorithmTitle')}
        </h2>
        <ol className="stack flush">
          <li>{t('step1')}</li>
          <li>{t.rich('step2', { em })}</li>
          <li>{t.rich('step3', { em, sup: (chunks) => <sup>{chunks}</sup> })}</li>
          <li>{t('step4', { minutes: OFFER_MINUTES })}</li>
        </ol>
      </section>

      {seed && (
        <section className="card stack" aria-labelledby="entries-title">
          <h2 id="entries-title" className="section-title">
            {t('entriesTitle', { count: entries.length })}
          </h2>
          <p className={ranksMatch ? 'form-success' : 'form-error'}>{ranksMatch ? t('ranksMatch') : t('ranksDiffer')}</p>
          <p className="muted flush">{t('entrantsNote', { units })}</p>
          <div className="table-scroll">
            <table className="variant-table" aria-label={t('table')}>
              <thead>
                <tr>
                  <th scope="col">{t('place')}</th>
                  <th scope="col">{t('entry')}</th>
                  <th scope="col">{t('option')}</th>
                  <th scope="col">{t('outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {[...entries]
                  .sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0))
                  .map((entry) => (
                    <tr key={entry.id}>
                      <td>{format.number((entry.rank ?? 0) + 1)}</td>
                      <td>{entry.id}</td>
                      <td>{entry.option}</td>
                      <td>{t(`outcomes.${OUTCOME_KEY[entry.outcome]}`)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          <h3 className="section-title">{t('recomputeTitle')}</h3>
          <p className="muted flush">{t.rich('recomputeHint', { code: (chunks) => <code>{chunks}</code> })}</p>
          <pre className="code-block" aria-label={t('script')}>
            {recomputeScript(seed, ids)}
          </pre>
        </section>
      )}
    </div>
  );
}

function em(chunks: ReactNode) {
  return <em>{chunks}</em>;
}
