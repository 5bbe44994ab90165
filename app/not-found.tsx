import { useTranslations } from 'next-intl';
import { ButtonLink } from '@/components/form/button';

export default function NotFound() {
  const t = useTranslations('shell.notFound');
  return (
    <div className="empty card page-narrow">
      <h1>{t('title')}</h1>
      <p>{t('text')}</p>
      <ButtonLink href="/">{t('back')}</ButtonLink>
    </div>
  );
}
