'use client';
// The one sheet every purchase step opens in: a bottom sheet on phones (swipe it down to close),
// centred on wide screens. vaul over Radix Dialog makes it a real modal: focus stays inside and
// returns to the opener, Escape and the backdrop close it, the page behind is hidden from screen
// readers and takes no clicks. Stripe's 3-D Secure layer stays usable (see third-party-layer).
import { useTranslations } from 'next-intl';
import { useRef, type ReactNode } from 'react';
import { Drawer } from 'vaul';
import { ThirdPartyLayerHost } from './third-party-layer';
import { buttonClass } from '@/components/form/button';

interface SheetProps {
  open: boolean;
  onClose: () => void;
  /** After the closing animation: reset what the next opening should not show. */
  onClosed?: () => void;
  /** The dialog's accessible name, shown as its heading. */
  title: ReactNode;
  children: ReactNode;
}

type OutsideEvent = CustomEvent<{ originalEvent: PointerEvent }>;

// Only our own backdrop closes the sheet; a press on a layer someone else put on the page does not.
function closeOnlyFromBackdrop(event: OutsideEvent) {
  const target = event.detail.originalEvent.target;
  if (!(target instanceof Element && target.closest('[data-vaul-overlay]'))) event.preventDefault();
}

export function Sheet({ open, onClose, onClosed, title, children }: SheetProps) {
  const t = useTranslations('checkout.sheet');
  // Radix gives focus back to a Dialog.Trigger; our sheets open from ordinary buttons, often from
  // a chunk loaded on the first press, so the sheet remembers whatever had focus when it opened.
  const opener = useRef<HTMLElement | null>(null);
  const rememberOpener = () => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  };
  const returnFocus = (event: Event) => {
    event.preventDefault();
    opener.current?.focus();
  };
  return (
    <Drawer.Root open={open} onOpenChange={(next) => !next && onClose()} onAnimationEnd={(isOpen) => !isOpen && onClosed?.()} autoFocus>
      <Drawer.Portal>
        <Drawer.Overlay className="sheet-backdrop" />
        <Drawer.Content
          className="sheet"
          aria-describedby={undefined}
          onOpenAutoFocus={rememberOpener}
          onCloseAutoFocus={returnFocus}
          onPointerDownOutside={closeOnlyFromBackdrop}
        >
          <Drawer.Handle className="sheet__handle" />
          <div className="sheet__head">
            <Drawer.Title className="sheet__title">{title}</Drawer.Title>
            <Drawer.Close className={buttonClass({ variant: 'ghost', small: true })} aria-label={t('close')}>
              ✕
            </Drawer.Close>
          </div>
          <div className="sheet__body">
            <ThirdPartyLayerHost>{children}</ThirdPartyLayerHost>
          </div>
        </Drawer.Content>
      </Drawer.Portal>
    </Drawer.Root>
  );
}
