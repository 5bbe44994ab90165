'use client';
import { useState, useTransition } from 'react';
import { setBadgeVisibility } from '@/lib/actions/settings/set-badge-visibility';

export function BadgeSetting({ hidden }: { hidden: boolean }) {
  const [value, setValue] = useState(hidden);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="stack" style={{ gap: '.4rem' }}>
      <label className="row">
        <input
          type="checkbox"
          checked={value}
          disabled={pending}
          onChange={(event) => {
            const next = event.target.checked;
            setValue(next);
            start(async () => {
              const result = await setBadgeVisibility(null, { hideBuyBadges: next });
              setMessage(result.ok ? (next ? 'Your replies no longer show a "bought" badge.' : 'Your buying replies show a "bought" badge.') : result.message);
            });
          }}
        />
        Hide the &ldquo;bought&rdquo; badge on my replies
      </label>
      {message && (
        <p className="field-hint" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
