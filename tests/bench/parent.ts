import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildStats } from './child.ts';

type Message = { type: string; [key: string]: unknown };

/** One measured process, started with `node --import tsx` so that its cpuUsage is its own. */
export class Child {
  private readonly waiting = new Map<string, (m: Message) => void>();
  private readonly early = new Map<string, Message>();
  private readonly exit: Promise<void>;
  url = '';

  private constructor(
    readonly name: string,
    readonly process: ChildProcess,
  ) {
    process.on('message', (m: Message) => {
      const resolve = this.waiting.get(m.type) ?? (m.type === 'error' ? [...this.waiting.values()][0] : undefined);
      if (resolve) {
        this.waiting.clear();
        resolve(m);
      } else this.early.set(m.type, m);
    });
    this.exit = new Promise((resolve) =>
      process.on('exit', (code, signal) => {
        for (const answer of this.waiting.values())
          answer({ type: 'error', message: `${name} exited (${code ?? signal})` });
        this.waiting.clear();
        resolve();
      }),
    );
  }

  static async start(name: string, file: string, args: string[], env: Record<string, string>): Promise<Child> {
    const extra = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = new Child(
      name,
      fork(fileURLToPath(new URL(file, import.meta.url)), args, {
        execArgv: ['--import', 'tsx', ...extra],
        env: { ...process.env, ...env },
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      }),
    );
    const ready = await child.wait('ready', 300_000);
    child.url = String(ready.url);
    return child;
  }

  private wait(type: string, timeoutMs: number): Promise<Message> {
    const early = this.early.get(type) ?? this.early.get('error');
    if (early) {
      this.early.clear();
      return early.type === 'error'
        ? Promise.reject(new Error(`${this.name}: ${String(early.message)}`))
        : Promise.resolve(early);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name}: no ${type} in ${timeoutMs} ms`)), timeoutMs);
      this.waiting.set(type, (m) => {
        clearTimeout(timer);
        if (m.type === 'error') reject(new Error(`${this.name}: ${String(m.message)}`));
        else resolve(m);
      });
    });
  }

  async stats(): Promise<ChildStats> {
    const answer = this.wait('stats', 30_000);
    this.process.send({ type: 'stats' });
    return (await answer) as unknown as ChildStats;
  }

  async stop(): Promise<void> {
    if (this.process.exitCode !== null) return;
    const stopped = this.wait('stopped', 15_000).catch(() => this.process.kill('SIGKILL'));
    this.process.send({ type: 'stop' });
    await stopped;
    await Promise.race([this.exit, new Promise((r) => setTimeout(r, 5000))]);
  }
}
