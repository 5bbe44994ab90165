// Every page route of the app, read from app/**/page.tsx (route groups dropped), so a spec that
// walks them covers a page as soon as it is added.
import { readdirSync } from 'node:fs';
import path from 'node:path';

const APP = path.resolve(import.meta.dirname, '../../app');

export function appRoutes(dir = APP, prefix = ''): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name === 'page.tsx') routes.push(prefix || '/');
    if (!entry.isDirectory() || entry.name.startsWith('_') || entry.name.startsWith('@')) continue;
    const segment = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name}`;
    routes.push(...appRoutes(path.join(dir, entry.name), prefix + segment));
  }
  return routes.sort();
}

/** The route with its [segments] filled from `values` (keyed by the route, or by the segment's name); null when one has no value. */
export function fillRoute(route: string, values: Record<string, string>): string | null {
  let missing = false;
  const url = route.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const value = values[route] ?? values[name];
    if (!value) missing = true;
    return value ?? '';
  });
  return missing ? null : url;
}
