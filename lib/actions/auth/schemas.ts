import { safeRedirect } from '@/lib/validation/redirect';
import { z } from 'zod';

const email = z.string().trim().toLowerCase().pipe(z.email({ error: 'errors.auth.invalidEmail' }));
const safeNext = z.unknown().transform((next) => safeRedirect(next));

export const signUpSchema = z.object({
  name: z.string().trim().min(1, 'errors.auth.nameRequired').max(80, 'errors.auth.nameTooLong'),
  email,
  password: z.string().min(8, 'errors.auth.passwordTooShort').max(128, 'errors.auth.passwordTooLong'),
  next: safeNext,
});

export const signInSchema = z.object({
  email,
  password: z.string().min(1, 'errors.auth.passwordRequired'),
  next: safeNext,
});
