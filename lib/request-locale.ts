import 'server-only';
import { headers } from 'next/headers';

/** The first language in Accept-Language that Intl can format, else en-US. */
export async function requestLocale(): Promise<string> {
  const header = (await headers()).get('accept-language') ?? '';
  for (const part of header.split(',')) {
    const tag = part.split(';')[0]?.trim();
    if (!tag || tag === '*') continue;
    try {
      const [supported] = Intl.NumberFormat.supportedLocalesOf(tag);
      if (supported) return supported;
    } catch {
      // not a valid language tag
    }
  }
  return 'en-US';
}
