// `npx tsx bench/first-load-js.ts [url]`: the JavaScript a page makes the browser download on its
// first load, gzip-compressed as it would travel — every script response Chromium receives until the
// page has loaded and a second more has passed (chunks requested while hydrating count; a chunk loaded later, e.g. when a sheet
// opens, does not). Prints each chunk and the total; `--json` prints only the total in bytes.
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

export interface ScriptSize {
  url: string;
  gzipBytes: number;
}

/** Every script the page at `url` loads until the network is idle, with its gzip size. */
export async function firstLoadScripts(url: string): Promise<ScriptSize[]> {
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const pending: Promise<ScriptSize | null>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      pending.push(response.body().then((body) => ({ url: response.url(), gzipBytes: gzipSync(body).length }), () => null));
    });
    // Not 'networkidle': the page keeps its live stream open. Hydration's chunks are requested by
    // the time the page has loaded; a quiet second after that catches any late one.
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(1_500);
    const scripts = (await Promise.all(pending)).filter((script): script is ScriptSize => script !== null);
    return [...new Map(scripts.map((script) => [script.url, script])).values()];
  } finally {
    await browser.close();
  }
}

export const totalBytes = (scripts: ScriptSize[]) => scripts.reduce((sum, script) => sum + script.gzipBytes, 0);

if (import.meta.url === `file://${process.argv[1]}`) {
  const url = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'http://localhost:3000/';
  const scripts = await firstLoadScripts(url);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ url, gzipBytes: totalBytes(scripts) }));
  } else {
    for (const script of scripts.sort((a, b) => b.gzipBytes - a.gzipBytes)) console.log(`${(script.gzipBytes / 1024).toFixed(1).padStart(7)} KB  ${new URL(script.url).pathname}`);
    console.log(`${(totalBytes(scripts) / 1024).toFixed(1).padStart(7)} KB  total gzip, ${scripts.length} scripts, first load of ${url}`);
  }
}
