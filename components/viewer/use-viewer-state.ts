'use client';
// Reads /api/viewer once per page load and brand (the header's islands and the brand page's share
// one answer), for pages the page cache shares between signed-in readers. `undefined` while loading.
import { useEffect, useState } from 'react';
import type { ViewerState } from '@/lib/viewer/viewer-state';

const answers = new Map<string, Promise<ViewerState>>();

function load(brandId: string | null): Promise<ViewerState> {
  const url = brandId ? `/api/viewer?brand=${brandId}` : '/api/viewer';
  let answer = answers.get(url);
  if (!answer) {
    answer = fetch(url, { cache: 'no-store' }).then((response) => {
      if (!response.ok) throw new Error(`viewer state: ${response.status}`);
      return response.json() as Promise<ViewerState>;
    });
    // A failed read is tried again by the next island that asks.
    answer.catch(() => answers.delete(url));
    answers.set(url, answer);
  }
  return answer;
}

/** The reader's state when `wanted` (a shared page's island); `undefined` while loading or not wanted. */
export function useViewerState(wanted: boolean, brandId: string | null = null): ViewerState | undefined {
  const [state, setState] = useState<ViewerState>();
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    load(brandId).then(
      (loaded) => current && setState(loaded),
      (error: unknown) => console.error('viewer state not loaded', error),
    );
    return () => {
      current = false;
    };
  }, [wanted, brandId]);
  return state;
}
