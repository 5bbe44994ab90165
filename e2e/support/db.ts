// Direct reads of the e2e database, so specs assert what was stored, not only what was shown.
import postgres from 'postgres';
import { E2E_DATABASE_URL } from './environment';

export function e2eSql(url = E2E_DATABASE_URL) {
  return postgres(url, { max: 2, onnotice: () => {} });
}
