import type { ProhibitedTerm } from '@/db/schema';
import { addProhibitedTermAction } from '@/lib/actions/admin/add-prohibited-term';
import { removeProhibitedTermAction } from '@/lib/actions/admin/remove-prohibited-term';
import { AddTermForm } from './add-term-form';
import { ModerationForm } from './moderation-form';

export function ProhibitedTerms({ terms }: { terms: ProhibitedTerm[] }) {
  return (
    <section aria-labelledby="terms-heading" className="stack">
      <h2 id="terms-heading">Prohibited terms</h2>
      <p className="muted" style={{ margin: 0 }}>
        New posts that use one of these words wait for review.
      </p>
      {terms.length === 0 ? (
        <p className="empty card">No prohibited terms yet.</p>
      ) : (
        <ul className="admin-terms">
          {terms.map((term) => (
            <li key={term.id} className="card">
              <strong>{term.term}</strong>
              <ModerationForm action={removeProhibitedTermAction} target={{ targetId: term.id }} label={`Remove ${term.term}`} />
            </li>
          ))}
        </ul>
      )}
      <AddTermForm action={addProhibitedTermAction} />
    </section>
  );
}
