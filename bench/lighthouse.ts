// `npm run bench:lighthouse -- [url ...]`: Lighthouse (mobile, its default throttling) in the
// machine's Chromium against a running server — the explore feed by default — 3 runs per page:
// LCP, FCP, TBT, CLS and the performance, accessibility and best-practices scores, min / median / max.
// Lighthouse is fetched by npx at its pinned version rather than installed with the app.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const LIGHTHOUSE = 'lighthouse@13.5.0';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const urls = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
if (urls.length === 0) urls.push(process.env.LIGHTHOUSE_URL ?? 'http://localhost:3000/');

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { numericValue?: number }>;
}

function lighthouse(url: string): Report {
  const output = path.join(mkdtempSync(path.join(os.tmpdir(), 'lighthouse-')), 'report.json');
  execFileSync(
    'npx',
    ['--yes', LIGHTHOUSE, url, '--quiet', '--output=json', `--output-path=${output}`, '--only-categories=performance,accessibility,best-practices', '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } },
  );
  return JSON.parse(readFileSync(output, 'utf8')) as Report;
}

const spread = (values: number[], digits = 0) => {
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[0]!, sorted[Math.floor(sorted.length / 2)]!, sorted[sorted.length - 1]!].map((value) => value.toFixed(digits)).join(' / ');
};

console.log(`Lighthouse ${LIGHTHOUSE.split('@')[1]} (mobile), ${RUNS} runs, min / median / max; \`uptime\`: ${execFileSync('uptime').toString().trim()}\n`);
console.log('| page | LCP ms | FCP ms | TBT ms | CLS | performance | accessibility | best practices |');
console.log('|---|---|---|---|---|---|---|---|');
for (const url of urls) {
  const reports = Array.from({ length: RUNS }, () => lighthouse(url));
  const audit = (id: string) => reports.map((report) => report.audits[id]?.numericValue ?? NaN);
  const score = (id: string) => reports.map((report) => Math.round((report.categories[id]?.score ?? NaN) * 100));
  console.log(
    `| ${new URL(url).pathname} | ${spread(audit('largest-contentful-paint'))} | ${spread(audit('first-contentful-paint'))} | ${spread(audit('total-blocking-time'))} | ${spread(audit('cumulative-layout-shift'), 3)} | ${spread(score('performance'))} | ${spread(score('accessibility'))} | ${spread(score('best-practices'))} |`,
  );
}
