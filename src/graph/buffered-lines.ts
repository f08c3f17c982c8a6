// A file written line by line through a 1 MiB buffer, waiting for the disk when the stream is
// full: how both engines' bulk loads write the files their engine then reads (COPY, LOAD CSV).
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

const FLUSH_AT = 1 << 20;

export class BufferedLines {
  private readonly out: WriteStream;
  private buffer = '';
  private ended = false;

  constructor(path: string) {
    this.out = createWriteStream(path, { encoding: 'utf8' });
  }

  async add(line: string): Promise<void> {
    this.buffer += `${line}\n`;
    if (this.buffer.length > FLUSH_AT) await this.flush();
  }

  /** Writes what is buffered and closes the file; once only, later calls return at once. */
  async end(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    await this.flush();
    this.out.end();
    await once(this.out, 'close');
  }

  private async flush(): Promise<void> {
    const text = this.buffer;
    this.buffer = '';
    if (!this.out.write(text)) await once(this.out, 'drain');
  }
}
