// Many short strings (10⁶ relation ids at M) as one UTF-8 byte array and the offsets into it:
// about 16 bytes an id instead of a JavaScript string's 40, nothing for the garbage collector to
// trace, and no string made until one is asked for.

export class PackedStrings {
  readonly bytes: Buffer;

  /** String i is bytes[starts[i] .. starts[i + 1]]. */
  constructor(
    bytes: Uint8Array,
    readonly starts: Int32Array,
  ) {
    if (starts.length === 0 || starts[starts.length - 1] !== bytes.length) throw new Error('packed strings: offsets do not end at the last byte');
    this.bytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  static of(list: readonly string[]): PackedStrings {
    const builder = new PackedStringsBuilder();
    for (const s of list) builder.push(s);
    return builder.done();
  }

  get length(): number {
    return this.starts.length - 1;
  }

  at(i: number): string {
    return this.bytes.toString('utf8', this.starts[i], this.starts[i + 1]);
  }

  /** Compares strings i and j in code-point order (UTF-8 byte order is code-point order), without making either. */
  compare(i: number, j: number): number {
    const { bytes, starts } = this;
    let a = starts[i] as number;
    let b = starts[j] as number;
    const aEnd = starts[i + 1] as number;
    const bEnd = starts[j + 1] as number;
    for (; a < aEnd && b < bEnd; a++, b++) {
      const d = (bytes[a] as number) - (bytes[b] as number);
      if (d !== 0) return d;
    }
    return aEnd - a - (bEnd - b);
  }

  forEach(visit: (value: string, index: number) => void): void {
    for (let i = 0; i < this.length; i++) visit(this.at(i), i);
  }

  toArray(): string[] {
    return Array.from({ length: this.length }, (_, i) => this.at(i));
  }
}

/** Appends strings, or byte ranges already holding UTF-8, into one PackedStrings. */
export class PackedStringsBuilder {
  private bytes = Buffer.alloc(1 << 16);
  private starts = new Int32Array(1 << 12);
  private count = 0;
  private end = 0;

  push(value: string): void {
    this.reserve(value.length * 3);
    this.end += this.bytes.write(value, this.end, 'utf8');
    this.close();
  }

  /** Appends source[from .. to], which holds one string's UTF-8 bytes. */
  pushBytes(source: Uint8Array, from: number, to: number): void {
    this.reserve(to - from);
    // Byte by byte: ids are short, and a subarray per id would cost more than the copy.
    const { bytes } = this;
    let end = this.end;
    for (let k = from; k < to; k++) bytes[end++] = source[k] as number;
    this.end = end;
    this.close();
  }

  /** Appends every string of `packed`. */
  append(packed: PackedStrings): void {
    this.reserve(packed.bytes.length);
    packed.bytes.copy(this.bytes, this.end);
    while (this.count + packed.length >= this.starts.length) this.growStarts();
    const shift = this.end - (packed.starts[0] as number);
    for (let i = 1; i <= packed.length; i++) this.starts[this.count + i] = (packed.starts[i] as number) + shift;
    this.count += packed.length;
    this.end += packed.bytes.length;
  }

  done(): PackedStrings {
    return new PackedStrings(Buffer.from(this.bytes.subarray(0, this.end)), this.starts.slice(0, this.count + 1));
  }

  private close(): void {
    if (this.count + 1 >= this.starts.length) this.growStarts();
    this.starts[++this.count] = this.end;
  }

  private growStarts(): void {
    const bigger = new Int32Array(this.starts.length * 2);
    bigger.set(this.starts);
    this.starts = bigger;
  }

  private reserve(extra: number): void {
    if (this.end + extra <= this.bytes.length) return;
    const bigger = Buffer.alloc(Math.max(this.bytes.length * 2, this.end + extra));
    this.bytes.copy(bigger, 0, 0, this.end);
    this.bytes = bigger;
  }
}

/**
 * Values a server joined into one string, each followed by a one-byte ASCII separator that no
 * value holds, split without making a string per value: the text is written once into a reused
 * buffer, and value i is bytes[start(i) .. end(i)] (what PackedStringsBuilder.pushBytes takes).
 */
export class SeparatedValues {
  bytes = Buffer.alloc(1 << 12);
  private ends = new Int32Array(64);
  count = 0;

  /** Reads `texts` one after another, as one text: the values a server sent in a few strings. */
  read(texts: readonly string[], separator: string): void {
    const code = separator.charCodeAt(0);
    if (separator.length !== 1 || code > 0x7f) throw new Error('separated values: the separator must be one ASCII character');
    let length = 0;
    for (const text of texts) length += this.writeAt(text, length);
    if (length > 0 && this.bytes[length - 1] !== code) throw new Error('separated values: the text does not end with its separator');
    const { bytes } = this;
    let count = 0;
    for (let k = 0; k < length; k++) {
      if (bytes[k] !== code) continue;
      if (count === this.ends.length) this.growEnds();
      this.ends[count++] = k;
    }
    this.count = count;
  }

  start(i: number): number {
    return i === 0 ? 0 : (this.ends[i - 1] as number) + 1;
  }

  end(i: number): number {
    return this.ends[i] as number;
  }

  at(i: number): string {
    return this.bytes.toString('utf8', this.start(i), this.end(i));
  }

  /** Writes `text` as UTF-8 at byte `at`, growing the buffer first when it may not fit; the bytes written. */
  private writeAt(text: string, at: number): number {
    const needed = at + text.length * 3;
    if (needed > this.bytes.length) {
      const bigger = Buffer.alloc(Math.max(this.bytes.length * 2, needed));
      this.bytes.copy(bigger, 0, 0, at);
      this.bytes = bigger;
    }
    return this.bytes.write(text, at, 'utf8');
  }

  private growEnds(): void {
    const bigger = new Int32Array(this.ends.length * 2);
    bigger.set(this.ends);
    this.ends = bigger;
  }
}
