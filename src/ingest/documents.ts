// The source documents facts are cited from, split into numbered paragraphs.
// A paragraph is a non-empty line; numbering starts at 1 and skips blank lines, so
// `haidian-2014` §12 is the report's "一是联合社会资本…" paragraph (seed/README.md lists them all).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

export class DocumentLibrary {
  private readonly documents = new Map<string, string[]>();

  /** Loads every `<id>.txt` in `directory` as document `<id>`. */
  static fromDirectory(directory: string): DocumentLibrary {
    return new DocumentLibrary().addDirectory(directory);
  }

  /** Adds every `<id>.txt` in `directory` as document `<id>`. */
  addDirectory(directory: string): this {
    for (const file of readdirSync(directory).filter((f) => f.endsWith('.txt')).sort()) {
      this.add(basename(file, '.txt'), readFileSync(join(directory, file), 'utf8'));
    }
    return this;
  }

  add(id: string, text: string): void {
    this.documents.set(id, splitParagraphs(text));
  }

  has(id: string): boolean {
    return this.documents.has(id);
  }

  ids(): string[] {
    return [...this.documents.keys()];
  }

  /** The paragraphs of a document, index 0 being paragraph 1. */
  paragraphs(id: string): readonly string[] {
    return this.documents.get(id) ?? [];
  }

  paragraph(id: string, number: number): string | null {
    return this.documents.get(id)?.[number - 1] ?? null;
  }
}
