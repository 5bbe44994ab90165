// The rules of a drop goal, kept free of dependencies so the composer's validation can use them.
import { DomainError } from '@/lib/errors';

export const MAX_DROP_DAYS = 6;

export interface DropGoal {
  goal: number;
  endsAt: Date;
}

/** A positive number of orders and a deadline in the future, at most six days ahead. */
export function checkDropGoal({ goal, endsAt }: DropGoal, now = new Date()): void {
  if (!Number.isInteger(goal) || goal < 1 || goal > 10_000) throw new DomainError('invalid_input', 'errors.drop.goal', 'dropGoal');
  if (Number.isNaN(endsAt.getTime()) || endsAt <= now) throw new DomainError('invalid_input', 'errors.drop.deadlineInFuture', 'dropEndsAt');
  if (endsAt.getTime() - now.getTime() > MAX_DROP_DAYS * 86_400_000) {
    throw new DomainError('invalid_input', 'errors.drop.maxDays', 'dropEndsAt', { params: { days: MAX_DROP_DAYS } });
  }
}
