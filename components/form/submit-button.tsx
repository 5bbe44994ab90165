import type { ReactNode } from 'react';

export function SubmitButton({ children, pending, pendingLabel, className = 'button' }: { children: ReactNode; pending: boolean; pendingLabel: string; className?: string }) {
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending && <span className="spinner" aria-hidden />}
      {pending ? pendingLabel : children}
    </button>
  );
}
