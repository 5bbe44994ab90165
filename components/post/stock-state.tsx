import { useTranslations } from 'next-intl';

export const LOW_STOCK = 5;

/** `lowOnly`: say nothing while plenty is left (a feed card speaks up only when it matters). */
export function StockState({ stock, lowOnly = false }: { stock: number; lowOnly?: boolean }) {
  const t = useTranslations('post.stock');
  if (stock <= 0) return <span className="stock stock--out">{t('soldOut')}</span>;
  if (stock <= LOW_STOCK) return <span className="stock stock--low">{t('low', { count: stock })}</span>;
  return lowOnly ? null : <span className="stock">{t('inStock')}</span>;
}
