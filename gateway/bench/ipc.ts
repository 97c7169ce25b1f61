import { fork, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** What a bench child answers to `{ type: 'cpu' }`: its own process.cpuUsage(), in microseconds. */
export interface CpuSample {
  type: 'cpu';
  user: number;
  system: number;
  rssBytes: number;
}

export type ChildMessage = { type: string; [key: string]: unknown };

const CPU_REPORTER = new URL('./cpu-reporter.ts', import.meta.url).href;

/**
 * A child process run with `node --import tsx` (not `npx tsx`: the tsx CLI would put one more process
 * in between), so the child is the measured process itself and its process.cpuUsage() is its own.
 * Spoken to over IPC; every child answers `cpu` (bench/cpu-reporter.ts is preloaded into each).
 */
export class BenchChild {
  private readonly waiting = new Map<string, (message: ChildMessage) => void>();
  /** Messages nobody was waiting for yet (only `serving`, in practice). */
  private readonly mailbox = new Map<string, ChildMessage>();
  private readonly lineWaiters: { pattern: RegExp; resolve: (match: RegExpMatchArray) => void }[] = [];
  private exited = false;
  private readonly exit: Promise<void>;

  private constructor(
    readonly name: string,
    readonly process: ChildProcess,
  ) {
    process.on('message', (message: ChildMessage) => {
      const resolve = this.waiting.get(message.type);
      if (resolve) {
        this.waiting.delete(message.type);
        resolve(message);
      } else {
        this.mailbox.set(message.type, message);
      }
    });
    if (process.stdout) {
      createInterface({ input: process.stdout }).on('line', (line) => {
        console.error(line.startsWith('[') ? line : `[${name}] ${line}`);
        for (const [i, waiter] of this.lineWaiters.entries()) {
          const match = line.match(waiter.pattern);
          if (match) {
            this.lineWaiters.splice(i, 1);
            waiter.resolve(match);
            break;
          }
        }
      });
    }
    this.exit = new Promise((resolve) =>
      process.on('exit', (code, signal) => {
        this.exited = true;
        for (const [type, answer] of this.waiting) {
          answer({ type: 'error', message: `${name} exited (${code ?? signal}) while waiting for ${type}` });
        }
        this.waiting.clear();
        resolve();
      }),
    );
  }

  /**
   * Starts `file` (a path, or a URL relative to this folder) with `args` and extra `env`. With `stdout`,
   * the child's output is read (and echoed to stderr) so that `waitForLine` can see it.
   * BENCH_NODE_ARGS adds node flags to every child, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
   */
  static start(
    name: string,
    file: string | URL,
    opts: { args?: string[]; env?: Record<string, string>; stdout?: boolean } = {},
  ): BenchChild {
    const path = file instanceof URL ? fileURLToPath(file) : file;
    const extra = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = fork(path, opts.args ?? [], {
      execArgv: ['--import', 'tsx', '--import', CPU_REPORTER, ...extra],
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', opts.stdout ? 'pipe' : 'inherit', 'inherit', 'ipc'],
    });
    return new BenchChild(name, child);
  }

  /** Waits for a line of the child's stdout matching `pattern` (needs `stdout: true`). */
  waitForLine(pattern: RegExp, timeoutMs = 120_000): Promise<RegExpMatchArray> {
    return this.race(
      new Promise<RegExpMatchArray>((resolve) => this.lineWaiters.push({ pattern, resolve })),
      timeoutMs,
      `a line matching ${pattern}`,
    );
  }

  /**
   * Waits until the child's serveChild() listens. The preloaded cpu-reporter starts the IPC channel
   * early, so a message sent before the child's own module has loaded would be lost.
   */
  async serving(timeoutMs = 120_000): Promise<void> {
    if (this.mailbox.delete('serving')) return;
    const arrived = new Promise<ChildMessage>((resolve) => this.waiting.set('serving', resolve));
    try {
      await this.race(arrived, timeoutMs, 'serving');
    } finally {
      this.waiting.delete('serving');
    }
  }

  /** Sends a message and waits for the child's next message of `replyType` (or an `error`). */
  async ask<T extends { type: string }>(message: ChildMessage, replyType: string, timeoutMs = 120_000): Promise<T> {
    if (this.exited) throw new Error(`${this.name} has exited`);
    const reply = new Promise<ChildMessage>((resolve) => {
      this.waiting.set(replyType, resolve);
      this.waiting.set('error', resolve);
    });
    this.process.send(message);
    try {
      const answer = await this.race(reply, timeoutMs, replyType);
      if (answer.type === 'error') throw new Error(`${this.name}: ${String(answer.message)}`);
      return answer as unknown as T;
    } finally {
      this.waiting.delete(replyType);
      this.waiting.delete('error');
    }
  }

  private async race<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const exited = this.exit.then(() => {
      throw new Error(`${this.name} exited while waiting for ${what}`);
    });
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${this.name}: no ${what} within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([promise, exited, timeout]);
    } finally {
      clearTimeout(timer);
      exited.catch(() => {});
    }
  }

  cpu(): Promise<CpuSample> {
    return this.ask<CpuSample>({ type: 'cpu' }, 'cpu');
  }

  /** Asks a bench child to stop; a subgraph (no `stop` handler) gets SIGTERM, which it handles. */
  async stop(how: 'message' | 'signal' = 'message'): Promise<void> {
    if (this.exited) return;
    if (how === 'message') {
      try {
        await this.ask({ type: 'stop' }, 'stopped', 15_000);
      } catch {
        this.process.kill('SIGTERM');
      }
    } else {
      this.process.kill('SIGTERM');
    }
    await this.race(this.exit, 15_000, 'exit').catch(() => this.process.kill('SIGKILL'));
  }
}

/** The gateway child's side: runs `start` once and `stop` once, reports failures as `error`. */
export function serveChild(handlers: {
  start(message: ChildMessage): Promise<ChildMessage>;
  stop(): Promise<void>;
}): void {
  const send = (message: ChildMessage) => process.send?.(message);
  process.on('message', (message: ChildMessage) => {
    void (async () => {
      try {
        if (message.type === 'start') {
          send(await handlers.start(message));
        } else if (message.type === 'stop') {
          await handlers.stop();
          send({ type: 'stopped' });
          process.disconnect?.();
          process.exit(0);
        }
      } catch (error) {
        send({ type: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      }
    })();
  });
  send({ type: 'serving' });
}
