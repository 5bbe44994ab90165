import { getImageProps } from 'next/image';
import { preload } from 'react-dom';

// Product photos through next/image's resizer (sharp): the width the layout shows, AVIF or WebP,
// lazy below the fold. A plain <img> from getImageProps rather than <Image>, so no image component
// script ships with every card. `first` is the likely LCP image (the top card, the post page's first
// photo): fetched early, at high priority. Uploads live at /uploads/<hash>.<ext> whichever store holds them.
export function ProductImage({ src, alt, sizes, first = false, square = false }: { src: string; alt: string; sizes: string; first?: boolean; square?: boolean }) {
  const { props } = getImageProps({ src, alt, width: 800, height: square ? 800 : 600, sizes, ...(first ? { loading: 'eager', fetchPriority: 'high' } : {}) });
  if (first) preload(props.src, { as: 'image', imageSrcSet: props.srcSet, imageSizes: props.sizes, fetchPriority: 'high' });
  return <img {...props} alt={alt} />;
}
