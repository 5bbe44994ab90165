'use client';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { setBadgeVisibility } from '@/lib/actions/settings/set-badge-visibility';

export function BadgeSetting({ hidden }: { hidden: boolean }) {
  const t = useTranslations('settings.privacy');
  const [value, setValue] = useState(hidden);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="stack stack--tight">
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
              setMessage(result.ok ? (next ? t('hidden') : t('shown')) : result.message);
            });
          }}
        />
        {t('hideBadge')}
      </label>
      {message && (
        <p className="field-hint" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
