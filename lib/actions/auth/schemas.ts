import { safeRedirect } from '@/lib/validation/redirect';
import { z } from 'zod';

const email = z.string().trim().toLowerCase().pipe(z.email({ error: 'Enter a valid email address.' }));
const safeNext = z.unknown().transform((next) => safeRedirect(next));

export const signUpSchema = z.object({
  name: z.string().trim().min(1, 'Tell us your name.').max(80, 'Keep your name under 80 characters.'),
  email,
  password: z.string().min(8, 'Use at least 8 characters.').max(128, 'Use at most 128 characters.'),
  next: safeNext,
});

export const signInSchema = z.object({
  email,
  password: z.string().min(1, 'Enter your password.'),
  next: safeNext,
});
