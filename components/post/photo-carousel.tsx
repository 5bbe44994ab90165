// A post's photos as a row that snaps one photo at a time: swipe on touch (CSS scroll-snap), arrow
// keys once it has focus, dots for where you are. The dots are the only script (carousel-dots).
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { ProductImage } from './product-image';
import { CarouselDots } from './carousel-dots';

interface PhotoCarouselProps {
  id: string;
  images: { url: string; alt: string }[];
  /** The carousel's name, e.g. "Photos of Ridge Tee". */
  label: string;
  sizes: string;
  /** Each photo opens this page (a feed card's post). */
  href?: string;
  /** Preload the first photo: it is the page's likely largest paint. */
  first?: boolean;
  square?: boolean;
}

export function PhotoCarousel({ id, images, label, sizes, href, first = false, square = false }: PhotoCarouselProps) {
  const t = useTranslations('carousel');
  const trackId = `${id}-photos`;
  const many = images.length > 1;
  return (
    <div className={`carousel${square ? ' carousel--square' : ''}`}>
      <div id={trackId} className="carousel__track" role="group" aria-roledescription="carousel" aria-label={label} tabIndex={many ? 0 : undefined}>
        {images.map((image, index) => {
          const photo = <ProductImage src={image.url} alt={image.alt} sizes={sizes} first={first && index === 0} square={square} />;
          return (
            <div key={image.url} className="carousel__slide" role="group" aria-roledescription="slide" aria-label={t('slide', { index: index + 1, count: images.length })}>
              {href ? (
                <Link href={href} tabIndex={-1}>
                  {photo}
                </Link>
              ) : (
                photo
              )}
            </div>
          );
        })}
      </div>
      {many && <CarouselDots trackId={trackId} count={images.length} />}
    </div>
  );
}
