'use client';
// Stripe.js shows a 3-D Secure challenge in a layer it appends to <body>, outside the sheet, while a
// confirm call runs. A modal sheet would keep focus from it and its Radix layer makes <body> ignore
// the pointer, so during such a call the sheet steps aside for whatever Stripe adds: those nodes take
// pointer events again, and a nested Radix FocusScope pauses the sheet's focus trap (Radix pauses
// the outer scope while an inner one is mounted and resumes it when that one goes).
import { FocusScope } from '@radix-ui/react-focus-scope';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type LetThirdPartyLayer = <T>(work: () => Promise<T>) => Promise<T>;

// Outside a sheet nothing traps focus or the pointer: run the work as it is.
const ThirdPartyLayerContext = createContext<LetThirdPartyLayer>((work) => work());

/** Wrap a Stripe.js call that may show its own challenge layer (confirmPayment, confirmSetup…). */
export function useThirdPartyLayer(): LetThirdPartyLayer {
  return useContext(ThirdPartyLayerContext);
}

const keepFocus = (event: Event) => event.preventDefault();

export function ThirdPartyLayerHost({ children }: { children: ReactNode }) {
  const [running, setRunning] = useState(0);
  const letThrough = useCallback<LetThirdPartyLayer>(async (work) => {
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof HTMLElement) node.style.pointerEvents = 'auto';
      }
    });
    observer.observe(document.body, { childList: true });
    setRunning((count) => count + 1);
    try {
      return await work();
    } finally {
      observer.disconnect();
      setRunning((count) => count - 1);
    }
  }, []);
  return (
    <ThirdPartyLayerContext value={letThrough}>
      {children}
      {running > 0 && <FocusScope onMountAutoFocus={keepFocus} onUnmountAutoFocus={keepFocus} hidden />}
    </ThirdPartyLayerContext>
  );
}
