// The reserve transition: an order is born holding its units. The conditional stock decrement is
// a CTE and the INSERT reads from it, so no unit is taken without its order and no order exists
// without its units; the statement is its own transaction (one round trip, the variant's row lock
// held only while it runs).
import 'server-only';
import { and, eq, getTableColumns, is, sql, SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/open';
import { orders, variants, type Order } from '@/db/schema';
import { ORDER_TRANSITIONS } from './lifecycle';

/** A new order's columns: values, or SQL computed in the statement (such as now() + 15 minutes). */
export type NewOrder = {
  [K in keyof Omit<typeof orders.$inferInsert, 'id' | 'status' | 'createdAt' | 'updatedAt'>]: (typeof orders.$inferInsert)[K] | SQL;
} & Pick<typeof orders.$inferInsert, 'variantId' | 'quantity'>;

/** A value as the driver takes it without a column to map it (dates as ISO text, objects as JSON). */
function asParameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
}

/** Takes `order.quantity` units of its variant and opens the order, in ONE statement. Null: not enough stock. */
export async function openOrder(db: DbOrTx, order: NewOrder): Promise<Order | null> {
  const taken = db.$with('taken').as(
    db
      .update(variants)
      .set({ stock: sql`${variants.stock} - ${order.quantity}` })
      .where(and(eq(variants.id, order.variantId), sql`${variants.stock} >= ${order.quantity}`))
      .returning({ id: variants.id }),
  );
  const values: Record<string, unknown> = {
    id: sql`gen_random_uuid()`,
    ...order,
    status: ORDER_TRANSITIONS.reserve.to,
    createdAt: sql`now()`,
    updatedAt: sql`now()`,
  };
  // INSERT … SELECT takes every column, in the table's order; parameters there are untyped, hence the
  // casts. Columns not given take their default.
  const selection = Object.fromEntries(
    Object.entries(getTableColumns(orders)).map(([key, column]) => {
      const value = values[key];
      const expression = value === undefined ? (column.hasDefault && column.default !== undefined ? sql`${column.default}` : sql`null`) : is(value, SQL) ? value : sql`${asParameter(value)}`;
      return [key, sql`(${expression})::${sql.raw(column.getSQLType())}`.as(column.name)];
    }),
  ) as unknown as Record<keyof typeof orders.$inferSelect, SQL.Aliased>;
  const [opened] = await db
    .with(taken)
    .insert(orders)
    .select((qb) => qb.select(selection).from(taken))
    .returning();
  return opened ?? null;
}
