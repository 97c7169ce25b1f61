import { fork, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, ChildStats } from './child.ts';

const REPORTER = new URL('./reporter.ts', import.meta.url).href;

/**
 * One measured process, run with `node --import tsx` (not the tsx CLI, which would put one more
 * process in between), so that the child is the measured process and its process.cpuUsage() its
 * own. Spoken to over IPC: every child answers `stats` (reporter.ts is preloaded into each); a
 * bench child (serveChild) also says `ready` with its URL and answers `stop`. A subgraph started
 * from its own entry point says nothing: wait for its `listening on` line, stop it with SIGTERM.
 */
export class BenchChild {
  private readonly waiting = new Map<string, (message: ChildMessage) => void>();
  /** Messages nobody was waiting for yet (`ready`, when it comes before the bench asks). */
  private readonly mailbox = new Map<string, ChildMessage>();
  private readonly lineWaiters: { pattern: RegExp; resolve: (match: RegExpMatchArray) => void }[] = [];
  private exited = false;
  private readonly exit: Promise<void>;
  /** Where a bench child listens, once `ready`. */
  url = '';

  private constructor(
    readonly name: string,
    readonly process: ChildProcess,
  ) {
    process.on('message', (message: ChildMessage) => {
      // An error answers whoever is waiting: the child failed at what it was asked.
      const type = this.waiting.has(message.type)
        ? message.type
        : message.type === 'error'
          ? this.waiting.keys().next().value
          : undefined;
      if (type === undefined) return void this.mailbox.set(message.type, message);
      const resolve = this.waiting.get(type)!;
      this.waiting.delete(type);
      resolve(message);
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
   * Starts `file` (a path or file URL) with `args` and extra `env`. With `stdout`, its output is read
   * (and echoed to stderr) so that `waitForLine` can see it. BENCH_NODE_ARGS adds node flags to every
   * child, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
   */
  static start(
    name: string,
    file: string | URL,
    opts: { args?: string[]; env?: Record<string, string>; stdout?: boolean } = {},
  ): BenchChild {
    const path = file instanceof URL ? fileURLToPath(file) : file;
    const extra = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = fork(path, opts.args ?? [], {
      execArgv: ['--import', 'tsx', '--import', REPORTER, ...extra],
      env: { ...process.env, ...opts.env },
      stdio: ['ignore', opts.stdout ? 'pipe' : 'inherit', 'inherit', 'ipc'],
    });
    return new BenchChild(name, child);
  }

  /** Starts a bench child (one that calls serveChild) and waits until it listens; kills it if it never does. */
  static async serve(
    name: string,
    file: string | URL,
    opts: { args?: string[]; env?: Record<string, string> } = {},
  ): Promise<BenchChild> {
    const child = BenchChild.start(name, file, opts);
    try {
      child.url = String((await child.next('ready', 300_000)).url);
    } catch (error) {
      child.process.kill('SIGKILL');
      throw error;
    }
    return child;
  }

  /** Waits for a line of the child's stdout matching `pattern` (needs `stdout: true`). */
  waitForLine(pattern: RegExp, timeoutMs = 120_000): Promise<RegExpMatchArray> {
    return this.race(
      new Promise<RegExpMatchArray>((resolve) => this.lineWaiters.push({ pattern, resolve })),
      timeoutMs,
      `a line matching ${pattern}`,
    );
  }

  /** The child's next message of `type` (one that came early included); an `error` rejects. */
  private async next(type: string, timeoutMs: number): Promise<ChildMessage> {
    const early = this.mailbox.get(type) ?? this.mailbox.get('error');
    const answer =
      early ??
      (await this.race(
        new Promise<ChildMessage>((resolve) => this.waiting.set(type, resolve)),
        timeoutMs,
        type,
      ).finally(() => this.waiting.delete(type)));
    this.mailbox.delete(answer.type);
    if (answer.type === 'error') throw new Error(`${this.name}: ${String(answer.message)}`);
    return answer;
  }

  /** Sends a message and waits for the child's answer of `replyType`. */
  private async ask(message: ChildMessage, replyType: string, timeoutMs: number): Promise<ChildMessage> {
    if (this.exited) throw new Error(`${this.name} has exited`);
    const reply = this.next(replyType, timeoutMs);
    this.process.send(message);
    return reply;
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

  /** The child's own CPU time, memory and counters (reporter.ts answers). */
  async stats(): Promise<ChildStats> {
    return (await this.ask({ type: 'stats' }, 'stats', 30_000)) as unknown as ChildStats;
  }

  /** A bench child is asked to stop; a subgraph from its entry point gets SIGTERM, which it handles. */
  async stop(how: 'message' | 'signal' = 'message'): Promise<void> {
    if (this.exited) return;
    if (how === 'message') {
      await this.ask({ type: 'stop' }, 'stopped', 15_000).catch(() => this.process.kill('SIGTERM'));
    } else {
      this.process.kill('SIGTERM');
    }
    await this.race(this.exit, 15_000, 'exit').catch(() => this.process.kill('SIGKILL'));
  }
}
