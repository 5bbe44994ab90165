'use client';
// The option a reader picked on the post page (a colour swatch), shared with the Buy sheet so it
// opens on that option, and back again when they change it in the sheet. Cards have no choice:
// their sheet opens on the first option in stock.
import { createContext, useContext, useState, type ReactNode } from 'react';

interface Choice {
  variantId: string | null;
  pick: (variantId: string) => void;
}

const PickedOption = createContext<Choice | null>(null);

export function OptionChoice({ children }: { children: ReactNode }) {
  const [variantId, pick] = useState<string | null>(null);
  return <PickedOption value={{ variantId, pick }}>{children}</PickedOption>;
}

/** The post page's choice, or null outside one (a feed card). */
export function usePickedOption(): Choice | null {
  return useContext(PickedOption);
}
