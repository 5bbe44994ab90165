// Every page of the app fits a phone: no sideways scrolling at 320 and 390 px wide. The routes are
// read from app/, so a new page is checked as soon as it exists (give a [segment] a sample below).
import { expect, test } from '@playwright/test';
import { appRoutes, fillRoute } from './support/app-routes';
import { sampleShop, viewerFor } from './support/sample-shop';

for (const width of [320, 390]) {
  test(`every route fits ${width} px without horizontal scrolling`, async ({ browser }) => {
    test.setTimeout(240_000);
    const shop = await sampleShop(browser, { viewport: { width, height: 800 }, isMobile: true, hasTouch: true });
    const overflowing: string[] = [];
    for (const route of appRoutes()) {
      const url = fillRoute(route, shop.params);
      expect(url, `${route} has a [segment] with no sample value in e2e/support/sample-shop.ts`).not.toBeNull();
      const page = await viewerFor(route, shop).newPage();
      const response = await page.goto(url!);
      expect(response?.status(), `${url} answered ${response?.status()}`).toBeLessThan(500);
      await page.waitForLoadState('networkidle').catch(() => {});
      const wide = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth;
        if (document.documentElement.scrollWidth <= limit) return [];
        // Name the widest offenders so a failure says what to fix.
        return [...document.querySelectorAll('body *')]
          .filter((element) => element.getBoundingClientRect().right > limit + 1 && element.getClientRects().length > 0)
          .slice(-4)
          .map((element) => `${element.tagName.toLowerCase()}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ').join('.')}` : ''} (right ${Math.round(element.getBoundingClientRect().right)})`);
      });
      if (wide.length) overflowing.push(`${url}: ${wide.join(', ')}`);
      await page.close();
    }
    expect(overflowing, `pages wider than ${width} px`).toEqual([]);
  });
}
