// `npm run db:seed`: migrate, then seed the demo data into an empty database.
import { openDatabase } from './open';
import { seedIfEmpty } from './seed';

const database = await openDatabase(process.env.DATABASE_URL);
try {
  await database.migrate();
  const seeded = await seedIfEmpty(database.db);
  console.log(seeded ? 'Seeded demo brands, posts and people.' : 'Database already has users; nothing seeded.');
} finally {
  await database.close();
}
