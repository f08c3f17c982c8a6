// A tiny element builder: enough to write panels as plain functions without a UI framework.
import { languageOfText, langTag, type Language } from './i18n/language.js';

type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Omit<HTMLElementTagNameMap[K], 'style'>> & { attrs?: Record<string, string> } = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const { attrs, ...rest } = props;
  const element = Object.assign(document.createElement(tag), rest);
  for (const [name, value] of Object.entries(attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the page has no #${id}`);
  return found as T;
}

export function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A labelled form field on its own row. */
export function formRow(label: string, control: HTMLInputElement | HTMLSelectElement): HTMLElement {
  return el('div', { className: 'form-row' }, el('label', { htmlFor: control.id }, label), control);
}

/** A form whose submission runs `action` in the page instead of navigating. */
export function form(id: string, action: () => Promise<void>, ...children: (HTMLElement | null)[]): HTMLFormElement {
  const element = el('form', { id }, ...children);
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    void action();
  });
  return element;
}

/**
 * A proper name (an actor's, an alias) as the page prints it: marked as a name not to translate,
 * in the language its letters are written in, so a Chinese name in the English page is read as
 * Chinese (and the language checks of the tests know it is a name, not interface text).
 */
export function properName(text: string, className = ''): HTMLSpanElement {
  return el('span', { className, translate: false, attrs: { lang: langTag(languageOfText(text)) } }, text);
}

/** Runs of the other script: Han characters (with the punctuation inside a name), or Latin words. */
const HAN_RUN = /(\p{Script=Han}(?:[\p{Script=Han}\d·“”《》、（）()\s-]*[\p{Script=Han}》”）)])?)/u;
const LATIN_RUN = /([A-Za-z](?:[A-Za-z'’ .-]*[A-Za-z])?)/;

/**
 * A sentence in one language that quotes names or words of the other (an API title, an editor's
 * reasoning): the sentence carries its language, and each run in the other script is marked
 * like a proper name (Han characters in English text, Latin words in Chinese text).
 */
export function writtenIn(text: string, language: Language): HTMLSpanElement {
  // split() with one capture group alternates: text, run, text, run, …
  const parts = text.split(language === 'en' ? HAN_RUN : LATIN_RUN);
  return el('span', { attrs: { lang: langTag(language) } }, ...parts.map((part, i) => (i % 2 === 1 ? properName(part) : part)));
}
