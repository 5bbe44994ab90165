// The prohibited-terms list: posts using a term wait for review. Changes are admin actions, logged.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/open';
import { prohibitedTerms } from '@/db/schema';
import { DomainError } from '@/lib/errors';
import { authorizeAdmin, type Actor } from './audit';
import { moderate, type ModerationDeps, type ModerationInput } from './moderate';

export interface TermInput {
  term: string;
  reason: string;
}

export function addProhibitedTerm(db: Db, actor: Actor, input: TermInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx) => {
    const term = input.term.trim().toLowerCase();
    if (term.length < 2 || term.length > 60) throw new DomainError('invalid_input', 'errors.moderation.termLength', 'term');
    const [row] = await tx.insert(prohibitedTerms).values({ term, createdById: actor.id }).onConflictDoNothing().returning();
    if (!row) throw new DomainError('conflict', 'errors.moderation.termListed', 'term', { params: { term } });
    return { entry: { action: 'add_term', targetType: 'term', targetId: row.id, targetName: `"${term}"`, changes: { term } } };
  });
}

export function removeProhibitedTerm(db: Db, actor: Actor, input: ModerationInput, deps: ModerationDeps = {}) {
  return moderate(db, actor, input.reason, deps, async (tx) => {
    const [row] = await tx.delete(prohibitedTerms).where(eq(prohibitedTerms.id, input.targetId)).returning();
    if (!row) throw new DomainError('not_found', 'errors.moderation.termNotListed');
    return { entry: { action: 'remove_term', targetType: 'term', targetId: row.id, targetName: `"${row.term}"`, changes: { term: row.term } } };
  });
}

export async function listProhibitedTerms(db: Db, actor: Actor) {
  await authorizeAdmin(db, actor);
  return db.select().from(prohibitedTerms).orderBy(prohibitedTerms.term);
}
