// `npm run db:fill -- --posts N`: migrate the database at DATABASE_URL, then fill it (db/fill.ts).
import { parseArgs } from 'node:util';
import { openDatabase } from './open';
import { fillFeedData } from './fill';

const { values } = parseArgs({ options: { posts: { type: 'string', default: '10000' } } });
const database = await openDatabase(process.env.DATABASE_URL);
try {
  const started = performance.now();
  await database.migrate();
  const result = await fillFeedData(database.db, { posts: Number(values.posts) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Filled ${result.posts} posts over ${result.brands} brands in ${seconds} s (${database.kind}).`);
  for (const follower of result.followers) console.log(`  ${follower.email} follows ${follower.follows} brands (password hashcart-demo)`);
} finally {
  await database.close();
}
