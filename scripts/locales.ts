import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type LocaleMessages = Record<string, { message: string; description?: string; placeholders?: unknown }>;

const LOCALES_DIR = join(import.meta.dirname ?? __dirname, '..', 'locales');

/** Reads every `locales/<lang>/*.json` fragment (one per feature, so features never edit the same file). */
export function readLocale(lang: string): LocaleMessages {
  const dir = join(LOCALES_DIR, lang);
  const merged: LocaleMessages = {};
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const part = JSON.parse(readFileSync(join(dir, file), 'utf8')) as LocaleMessages;
    for (const key of Object.keys(part)) {
      if (key in merged) throw new Error(`locales/${lang}/${file}: message "${key}" is defined twice`);
    }
    Object.assign(merged, part);
  }
  return merged;
}

export function localeNames(): string[] {
  return readdirSync(LOCALES_DIR).sort();
}

/** The `_locales/<lang>/messages.json` files the browser reads, built from the fragments. */
export function mergedLocaleFiles(): { relativeDest: string; contents: string }[] {
  return localeNames().map((lang) => ({
    relativeDest: `_locales/${lang}/messages.json`,
    contents: JSON.stringify(readLocale(lang), null, 1),
  }));
}
