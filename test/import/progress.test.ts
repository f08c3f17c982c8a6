// What the import shows while it runs: on a terminal a bar per phase with its rate and the time
// left; in a log (not a terminal) plain lines, every few seconds and when a phase ends.
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { progressOn } from '../../src/ingest/import/progress.js';

/** A stderr stand-in that keeps what is written. */
function stream(isTTY: boolean) {
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      written.push(chunk.toString());
      done();
    },
  });
  const written: string[] = [];
  // What cli-progress and progressOn look at on a real terminal.
  Object.assign(out, { isTTY, columns: 160, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { out: out as unknown as NodeJS.WriteStream, text: () => written.join('') };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('import progress', () => {
  it('writes plain lines with rate and time left when stderr is not a terminal', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const { out, text } = stream(false);
    const progress = progressOn(out);
    progress.phase('read', 10 * 2 ** 20);
    vi.advanceTimersByTime(5_000);
    progress.update(5 * 2 ** 20, 1_000);
    progress.phase('load', 2_000);
    vi.advanceTimersByTime(2_000);
    progress.update(2_000, 1_000);
    progress.stop();

    const lines = text().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^read: 50% \| 5\/10 MiB \| 1 MiB\/s \| 1,000 rows \| ~5 s left$/);
    expect(lines.at(-1)).toMatch(/^load: 100% \| 2,000\/2,000 rows \| 1,000 rows\/s \| 1,000 rows/);
    expect(lines).toHaveLength(2);
  });

  it('draws a bar with the rate and the time left on a terminal', () => {
    const { out, text } = stream(true);
    const progress = progressOn(out);
    progress.phase('load', 1_000);
    progress.update(400, 1_000);
    progress.stop();

    expect(text()).toMatch(/load \[[=-]+\] 40% \| 400\/1,000 rows \| [\d,]+ rows\/s \| 1,000 rows \| .+ left/);
  });
});
