// The import's progress on stderr: on a terminal a bar per phase with its rate and the time
// left; otherwise (a log, CI) a plain line every few seconds and one when a phase ends.
import { SingleBar } from 'cli-progress';
import type { ImportPhase } from './import-files.js';

const PLAIN_EVERY_MS = 5_000;
const MIB = 2 ** 20;

/** How each phase counts: reading in bytes (shown as MiB), loading in rows. */
const UNITS: Record<ImportPhase, { name: string; scale: number }> = {
  read: { name: 'MiB', scale: MIB },
  load: { name: 'rows', scale: 1 },
};

const number = (n: number) => Math.round(n).toLocaleString('en-US');

export interface Progress {
  phase(phase: ImportPhase, total: number): void;
  update(done: number, rows: number): void;
  stop(): void;
}

export function progressOn(stream: NodeJS.WriteStream): Progress {
  let phase: ImportPhase = 'read';
  let total = 0;
  let done = 0;
  let rows = 0;
  let started = performance.now();
  let lastLine = 0;
  let printed = -1;
  const bar = stream.isTTY
    ? new SingleBar(
        {
          stream,
          format: '{phase} [{bar}] {percentage}% | {amount} | {rate} | {rows} rows | {eta_formatted} left',
          hideCursor: true,
          etaBuffer: 50,
        },
      )
    : null;

  const rate = () => {
    const seconds = (performance.now() - started) / 1000;
    return seconds > 0 ? done / UNITS[phase].scale / seconds : 0;
  };
  const payload = () => {
    const unit = UNITS[phase];
    return {
      phase: phase.padEnd(4),
      amount: `${number(done / unit.scale)}/${number(total / unit.scale)} ${unit.name}`,
      rate: `${number(rate())} ${unit.name}/s`,
      rows: number(rows),
    };
  };
  const plainLine = () => {
    const p = payload();
    const left = rate() > 0 ? ` | ~${number((total - done) / UNITS[phase].scale / rate())} s left` : '';
    const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
    stream.write(`${phase}: ${percent}% | ${p.amount} | ${p.rate} | ${p.rows} rows${left}\n`);
    lastLine = performance.now();
    printed = done;
  };
  const end = () => {
    if (bar) bar.stop();
    else if (total > 0 && printed !== done) plainLine();
  };

  return {
    phase(next, nextTotal) {
      if (done > 0 || phase !== next) end();
      phase = next;
      total = nextTotal;
      done = 0;
      printed = -1;
      started = performance.now();
      lastLine = started;
      bar?.start(total, 0, payload());
    },
    update(nextDone, nextRows) {
      done = Math.min(nextDone, total);
      rows = nextRows;
      if (bar) bar.update(done, payload());
      else if (performance.now() - lastLine >= PLAIN_EVERY_MS) plainLine();
    },
    stop: end,
  };
}
