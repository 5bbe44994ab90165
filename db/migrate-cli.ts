// `npm run db:migrate`: apply committed migrations from db/migrations.
import { openDatabase } from './open';

const database = await openDatabase(process.env.DATABASE_URL);
try {
  await database.migrate();
  console.log(`Migrations applied (${database.kind}).`);
} finally {
  await database.close();
}
