import type { ProhibitedTerm } from '@/db/schema';
import { addProhibitedTermAction } from '@/lib/actions/admin/add-prohibited-term';
import { removeProhibitedTermAction } from '@/lib/actions/admin/remove-prohibited-term';
import { AddTermForm } from './add-term-form';
import { ModerationForm } from './moderation-form';
import { useTranslations } from 'next-intl';

export function ProhibitedTerms({ terms }: { terms: ProhibitedTerm[] }) {
  const t = useTranslations('admin');
  return (
    <section aria-labelledby="terms-heading" className="stack">
      <h2 id="terms-heading">{t('terms.title')}</h2>
      <p className="muted flush">
        {t('terms.hint')}
      </p>
      {terms.length === 0 ? (
        <p className="empty card">{t('terms.empty')}</p>
      ) : (
        <ul className="admin-terms">
          {terms.map((term) => (
            <li key={term.id} className="card">
              <strong>{term.term}</strong>
              <ModerationForm id={`term-${term.id}`} decisions={[{ action: removeProhibitedTermAction, target: { targetId: term.id }, label: t('decisions.removeTerm', { term: term.term }) }]} />
            </li>
          ))}
        </ul>
      )}
      <AddTermForm action={addProhibitedTermAction} />
    </section>
  );
}
