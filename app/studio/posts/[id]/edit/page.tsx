import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { isUuid } from '@/lib/validation/ids';
import { getDb } from '@/db/client';
import { getPostDetail } from '@/lib/catalog/posts';
import { formatMoneyInput } from '@/lib/money';
import { EditPostForm } from '@/components/studio/edit-post-form';
import { requireBrand } from '@/lib/auth/require-viewer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('composer');
  return { title: t('editPost') };
}

export default async function EditPostPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { viewer, brand } = await requireBrand(`/studio/posts/${id}/edit`);
  if (!isUuid(id)) notFound();
  const post = await getPostDetail(await getDb(), id);
  // Another brand's post is simply not found here.
  if (!post || post.brandId !== brand.id) notFound();
  const currency = post.variants[0]?.currency ?? 'EUR';
  const [locale, t] = await Promise.all([getLocale(), getTranslations('composer')]);
  return (
    <div className="page-narrow card stack">
      <h1 className="page-title">{t('editPost')}</h1>
      <EditPostForm
        postId={post.id}
        title={post.title}
        body={post.body}
        maxPerOrder={post.maxPerOrder}
        currency={currency}
        variants={post.variants.map((v) => ({ id: v.id, label: v.label, price: formatMoneyInput(v.priceMinor, currency, locale), stock: String(v.stock), sku: v.sku ?? '' }))}
      />
    </div>
  );
}
