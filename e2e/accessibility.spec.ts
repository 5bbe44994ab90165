// axe finds nothing on any page of the app, in the light and the dark theme (the system preference
// chooses), nor in the open Buy sheet. The routes are read from app/, like the phone-layout spec.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { appRoutes, fillRoute } from './support/app-routes';
import { sampleShop, viewerFor } from './support/sample-shop';

const STANDARDS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function violations(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(STANDARDS).analyze();
  return result.violations.map((violation) => `${where}: ${violation.id} (${violation.impact}) at ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`every page has no axe violations in the ${colorScheme} theme`, async ({ browser }) => {
    test.setTimeout(600_000);
    const shop = await sampleShop(browser, { colorScheme, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const found: string[] = [];
    for (const route of appRoutes()) {
      const url = fillRoute(route, shop.params);
      expect(url, `${route} has a [segment] with no sample value in e2e/support/sample-shop.ts`).not.toBeNull();
      const page = await viewerFor(route, shop).newPage();
      await page.goto(url!);
      await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => {});
      found.push(...(await violations(page, url!)));
      await page.close();
    }
    // The Buy sheet over the post page, as a screen reader meets it.
    const page = await shop.admin.newPage();
    await page.goto(`/p/${shop.params['/p/[id]']}`);
    await page.getByRole('button', { name: 'Buy', exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.waitForTimeout(600); // the sheet's slide-in: axe measures colours on the settled sheet
    found.push(...(await violations(page, 'Buy sheet')));
    expect(found, 'axe violations').toEqual([]);
  });
}
