// Checks the environment once, at start (scripts/serve.ts), so a misconfiguration stops the app
// with a clear message instead of failing on the first purchase.

export function configurationProblems(env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const url = (name: string, protocols: string[]) => {
    const value = env[name];
    if (!value) return;
    try {
      if (!protocols.includes(new URL(value).protocol)) problems.push(`${name} must start with ${protocols.join(' or ')} (got "${value}").`);
    } catch {
      problems.push(`${name} is not a URL: "${value}".`);
    }
  };
  url('DATABASE_URL', ['postgres:', 'postgresql:']);
  url('APP_URL', ['http:', 'https:']);
  if (env.PORT && !/^\d{1,5}$/.test(env.PORT)) problems.push(`PORT must be a port number (got "${env.PORT}").`);
  const fee = env.PLATFORM_FEE_BPS;
  if (fee !== undefined && !(/^\d+$/.test(fee) && Number(fee) <= 10_000)) {
    problems.push(`PLATFORM_FEE_BPS must be a whole number of basis points from 0 to 10000 (got "${fee}").`);
  }
  const secret = env.STRIPE_SECRET_KEY;
  const publishable = env.NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY;
  if (secret && !/^(sk|rk)_(test|live)_/.test(secret)) problems.push('STRIPE_SECRET_KEY must be a Stripe secret key (sk_test_… or sk_live_…).');
  if (secret && !publishable) problems.push('STRIPE_SECRET_KEY is set but NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY is not: set both, or neither to use the emulator.');
  if (!secret && publishable) problems.push('NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY is set but STRIPE_SECRET_KEY is not: set both, or neither to use the emulator.');
  if (secret && publishable && secret.includes('_live_') !== publishable.includes('_live_')) {
    problems.push('STRIPE_SECRET_KEY and NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY must both be test keys or both be live keys.');
  }
  url('DATABASE_READ_URL', ['postgres:', 'postgresql:']);
  if (env.DATABASE_READ_URL && !env.DATABASE_URL) problems.push('DATABASE_READ_URL is a replica of DATABASE_URL: set DATABASE_URL too.');
  url('STRIPE_EMULATOR_URL', ['http:', 'https:']);
  url('S3_ENDPOINT', ['http:', 'https:']);
  const s3Settings = ['S3_ENDPOINT', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'S3_PREFIX'].filter((name) => env[name]);
  if (!env.S3_BUCKET && s3Settings.length > 0) problems.push(`${s3Settings.join(', ')} set but S3_BUCKET is not: set S3_BUCKET to store uploads in the bucket.`);
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) problems.push('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (the AWS default credentials).');
  if (env.ADMIN_EMAILS && env.ADMIN_EMAILS.split(',').some((email) => email.trim() && !/^[^@\s]+@[^@\s]+$/.test(email.trim()))) {
    problems.push('ADMIN_EMAILS must be a comma-separated list of email addresses.');
  }
  return problems;
}
