import { PeriodicTask } from './periodic-task';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function logger() {
  const errors: unknown[][] = [];
  return { errors, log: jest.fn(), warn: jest.fn(), error: (...args: unknown[]) => errors.push(args) };
}

describe('PeriodicTask', () => {
  it('runs at once and then every interval, never two runs at a time', async () => {
    let running = 0;
    let overlapped = false;
    let runs = 0;
    const task = new PeriodicTask('test', logger(), async () => {
      running++;
      overlapped ||= running > 1;
      runs++;
      await sleep(30); // longer than the interval: ticks meanwhile are skipped
      running--;
    });
    task.start(10);
    expect(runs).toBe(1);
    await sleep(150);
    await task.stop();
    expect(overlapped).toBe(false);
    expect(runs).toBeGreaterThan(1);
    const stopped = runs;
    await sleep(50);
    expect(runs).toBe(stopped);
  });

  it('logs a failed run and keeps ticking', async () => {
    const log = logger();
    let runs = 0;
    const task = new PeriodicTask('flaky job', log, async () => {
      runs++;
      if (runs === 1) throw new Error('database unavailable');
    });
    task.start(10);
    await sleep(60);
    await task.stop();
    expect(runs).toBeGreaterThan(1);
    expect(log.errors[0]).toEqual([{ err: 'database unavailable' }, 'flaky job failed']);
  });

  it('stays off with an interval of 0', async () => {
    const work = jest.fn(async () => undefined);
    const task = new PeriodicTask('off', logger(), work);
    task.start(0);
    await sleep(20);
    await task.stop();
    expect(work).not.toHaveBeenCalled();
  });

  it('stop() waits for the run in progress', async () => {
    let finished = false;
    const task = new PeriodicTask('slow', logger(), async () => {
      await sleep(40);
      finished = true;
    });
    task.start(1000);
    await task.stop();
    expect(finished).toBe(true);
  });
});
