// Ids are UUIDs made by the database or crypto.randomUUID; anything else is refused before SQL
// sees it ("invalid input syntax for type uuid" would otherwise surface as a 500).
import { z } from 'zod';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export function uuid(message = 'errors.field.unknownItem') {
  return z.string().trim().regex(UUID, message).transform((value) => value.toLowerCase());
}
