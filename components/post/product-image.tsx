import Image from 'next/image';

// Product photos through next/image (sharp): resized to the width the layout shows, served as AVIF
// or WebP, lazy below the fold. `first` is the likely LCP image (the top card, the post page's first
// photo): preloaded instead. Uploads live at /uploads/<hash>.<ext> whichever store holds them.
export function ProductImage({ src, alt, sizes, first = false, square = false }: { src: string; alt: string; sizes: string; first?: boolean; square?: boolean }) {
  return <Image src={src} alt={alt} width={800} height={square ? 800 : 600} sizes={sizes} preload={first} />;
}
