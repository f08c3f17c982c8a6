// A file written for LadybugDB's COPY FROM, in the dialect its reader expects: no header, cells
// separated by tabs, an empty unquoted cell is NULL, lists are written [a,b] with bare items.
// Tab-separated because most cells (ids, JSON metrics and citations) then need no quotes: JSON
// never holds a raw tab or line break, and LadybugDB reads unquoted cells ~40 % faster than
// quoted ones with doubled quotes (measured at 2·10⁵ relations; see bench/RESULTS.md).
import { BufferedLines } from '../buffered-lines.js';
import { statement } from '../cypher.js';
import { engineFile, type EngineFilePath } from './cypher.js';

/** Quoted only when it must be: a tab or line break inside, a quote or space at its ends, or empty. */
const NEEDS_QUOTES = /[\t\r\n]|^["\s]|\s$|^$/;

export function stringCell(value: string | null): string {
  if (value === null) return '';
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function copyStatement(table: 'Actor' | 'ActorName' | 'RELATED_TO', path: EngineFilePath, parallel: boolean) {
  return statement(`copy into ${table}`, `COPY ${table} FROM '${path}' (header=false, delim='\\t', parallel=${parallel})` as const);
}

// Bare list items cannot hold the list syntax itself (LadybugDB keeps quotes inside items
// literally), nor spaces at their ends; such lists are written another way by the caller.
const UNSAFE_ITEM = /[,[\]{}'"\\\t\r\n]|^\s|\s$/;

/** A STRING[] cell, or null when some item cannot be written bare. */
export function listCell(items: readonly string[]): string | null {
  if (items.some((item) => item === '' || UNSAFE_ITEM.test(item))) return null;
  return `[${items.join(',')}]`;
}

export class CopyFile {
  lines = 0;
  /** LadybugDB's parallel CSV reader refuses quoted line breaks; COPY then reads serially. */
  hasLineBreaks = false;
  private readonly out: BufferedLines;

  readonly path: EngineFilePath;

  constructor(path: string) {
    this.path = engineFile(path);
    this.out = new BufferedLines(this.path);
  }

  add(cells: readonly string[]): Promise<void> {
    return this.addLine(cells.join('\t'));
  }

  /** A line already joined with tabs, each cell written as `stringCell` would. */
  async addLine(line: string): Promise<void> {
    if (!this.hasLineBreaks && /[\r\n]/.test(line)) this.hasLineBreaks = true;
    this.lines += 1;
    await this.out.add(line);
  }

  finish(): Promise<void> {
    return this.out.end();
  }
}
