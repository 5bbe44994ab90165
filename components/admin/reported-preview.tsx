// The content under review as its author wrote it: title, text, and a post's photos (each opens full size).
import type { ReportedContent } from '@/lib/moderation/reported-content';
import { ProductImage } from '@/components/post/product-image';
import { useTranslations } from 'next-intl';

export function ReportedPreview({ content }: { content: ReportedContent }) {
  const t = useTranslations('admin.preview');
  return (
    <div className="reported">
      {content.images.length > 0 && (
        <ul className="reported__photos" aria-label={t('photos')}>
          {content.images.map((image) => (
            <li key={image.url}>
              <a href={image.url} target="_blank" rel="noreferrer">
                <ProductImage src={image.url} alt={image.alt || t('photo')} sizes="8rem" square />
              </a>
            </li>
          ))}
        </ul>
      )}
      <blockquote className="reported__text">
        {content.title && <p className="reported__title">{content.title}</p>}
        {content.text && <p>{content.text}</p>}
      </blockquote>
    </div>
  );
}
