// `npm run screens`: screenshots of the main pages at phone (390 px) and desktop (1280 px) width,
// light and dark, into docs/screens/, and the feed as a German reader sees it (docs/screens/feed-de.png,
// linked from the README). Run against a server with the demo data (`npm run dev` seeds
// it on first start): SCREENS_URL=http://localhost:3000 by default.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';

const base = (process.env.SCREENS_URL ?? 'http://localhost:3000').replace(/\/$/, '');
const out = path.resolve(import.meta.dirname, '../docs/screens');
const SHOPPER = { email: 'shopper@hashcart.dev', password: 'hashcart-demo' };
const OWNER = { email: 'northwind@hashcart.dev', password: 'hashcart-demo' };

interface Shot {
  name: string;
  path: string | ((page: Page) => Promise<string>);
  as?: typeof SHOPPER;
  /** What to do on the page before the picture, e.g. open the Buy sheet. */
  act?: (page: Page) => Promise<void>;
}

const firstPost = async (page: Page) => {
  await page.goto(`${base}/`, { waitUntil: 'load' });
  const href = await page.locator('article a[href^="/p/"]').first().getAttribute('href');
  if (!href) throw new Error('The feed has no posts: seed the demo data first.');
  return href;
};

// A post with colour options shows swatches (the demo's Speckled Mug: Cream and Charcoal).
const postTitled = (title: string) => async (page: Page) => {
  await page.goto(`${base}/@kilnandco`, { waitUntil: 'load' });
  const href = await page.locator('article').filter({ has: page.getByRole('link', { name: title, exact: true }) }).locator('a[href^="/p/"]').first().getAttribute('href');
  if (!href) throw new Error(`No post titled ${title}: seed the demo data first.`);
  return href;
};

const openBuySheet = async (page: Page) => {
  await page.getByRole('button', { name: 'Buy', exact: true }).click();
  await page.getByRole('dialog').waitFor();
};

// SCREENS_ONLY=feed-de,post takes just those (names as in the file names, before the width).
const only = process.env.SCREENS_ONLY?.split(',').map((name) => name.trim());
const wanted = (name: string) => !only || only.includes(name);

const SHOTS: Shot[] = [
  { name: 'explore', path: '/' },
  { name: 'post', path: firstPost },
  { name: 'post-colours', path: postTitled('Speckled Mug') },
  { name: 'buy-sheet', path: postTitled('Speckled Mug'), as: SHOPPER, act: openBuySheet },
  { name: 'brand', path: '/@northwind' },
  { name: 'following', path: '/following', as: SHOPPER },
  { name: 'inbox', path: '/inbox', as: SHOPPER },
  { name: 'studio', path: '/studio', as: OWNER },
  { name: 'studio-new-post', path: '/studio/posts/new', as: OWNER },
  { name: 'sign-in', path: '/sign-in' },
];

/** A browser's language and time zone: the app picks the locale from Accept-Language, times from the zone. */
interface Reader {
  locale?: string;
  timezoneId?: string;
}

const GERMAN_FEED = { name: 'feed-de', path: '/', reader: { locale: 'de-DE', timezoneId: 'Europe/Berlin' } };

async function signIn(browser: Browser, viewport: { width: number; height: number }, scheme: 'light' | 'dark', who?: typeof SHOPPER, reader: Reader = {}) {
  const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1, isMobile: viewport.width < 500, hasTouch: viewport.width < 500, ...reader });
  if (who) {
    const response = await context.request.post(`${base}/api/auth/sign-in/email`, { data: who, headers: { origin: base } });
    if (!response.ok()) throw new Error(`Could not sign in ${who.email}: ${response.status()}`);
  }
  return context;
}

const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
mkdirSync(out, { recursive: true });
try {
  for (const [label, viewport] of [['390', { width: 390, height: 844 }], ['1280', { width: 1280, height: 860 }]] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const shot of SHOTS.filter((candidate) => wanted(candidate.name))) {
        const context = await signIn(browser, viewport, scheme, shot.as);
        const page = await context.newPage();
        const target = typeof shot.path === 'string' ? shot.path : await shot.path(page);
        // Not 'networkidle': the live-update stream stays open.
        await page.goto(`${base}${target}`, { waitUntil: 'load' });
        await shot.act?.(page);
        await page.waitForTimeout(800);
        const file = path.join(out, `${shot.name}-${label}-${scheme}.png`);
        await page.screenshot({ path: file });
        console.log(path.relative(process.cwd(), file));
        await context.close();
      }
    }
  }
  if (wanted(GERMAN_FEED.name)) {
    const context = await signIn(browser, { width: 390, height: 844 }, 'light', undefined, GERMAN_FEED.reader);
    const page = await context.newPage();
    await page.goto(`${base}${GERMAN_FEED.path}`, { waitUntil: 'load' });
    await page.waitForTimeout(800);
    const file = path.join(out, `${GERMAN_FEED.name}.png`);
    await page.screenshot({ path: file });
    console.log(path.relative(process.cwd(), file));
    await context.close();
  }
} finally {
  await browser.close();
}
