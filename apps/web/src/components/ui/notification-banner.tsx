import type { ReactNode } from 'react';

/** A success message after a save, placed above the h1 (GOV.UK notification banner, success variant). */
export function SuccessBanner({ children }: { children: ReactNode }) {
  return (
    <div className="banner banner--success" role="alert">
      {children}
    </div>
  );
}
