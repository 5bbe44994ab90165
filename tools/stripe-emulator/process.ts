// The emulator as its own process, so the app's processes can stop, restart or multiply while it
// keeps its objects and its queued webhooks. Reuses one already listening on the port.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface EmulatorProcess {
  url: string;
  /** Stops the emulator if this call started it; one found running is left running. */
  stop(): Promise<void>;
}

/** True when a Stripe emulator answers at this URL. */
async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/_emulator/health`, { signal: AbortSignal.timeout(1000) });
    return ((await response.json()) as { ok?: boolean }).ok === true;
  } catch {
    return false;
  }
}

export async function ensureEmulatorProcess(options: { port: number; host?: string; statePath?: string; log?: boolean }): Promise<EmulatorProcess> {
  const url = `http://${options.host ?? '127.0.0.1'}:${options.port}`;
  if (await answers(url)) return { url, stop: async () => {} };
  const child: ChildProcess = spawn(path.join(process.cwd(), 'node_modules/.bin/tsx'), [path.join(import.meta.dirname, 'cli.ts')], {
    env: {
      ...process.env,
      STRIPE_EMULATOR_PORT: String(options.port),
      STRIPE_EMULATOR_HOST: options.host ?? '127.0.0.1',
      STRIPE_EMULATOR_QUIET: options.log ? '0' : '1',
      // Empty keeps state in memory; an inherited STRIPE_EMULATOR_STATE=memory would be read as a file name.
      STRIPE_EMULATOR_STATE: options.statePath ?? '',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 30_000;
  while (!(await answers(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The Stripe emulator did not start on ${url} (is the port taken by something else?)`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      // SIGTERM lets it write its state (and queued webhooks) to disk before leaving.
      child.kill('SIGTERM');
      await exited;
    },
  };
}
