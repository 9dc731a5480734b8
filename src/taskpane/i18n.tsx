import { createContext, useContext } from 'react';
import { STRINGS, type Strings } from './strings';

/** The pane's two languages: Vietnamese by default, English for an English Office. */
export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];

/**
 * The pane's language from Office's display language (`Office.context.displayLanguage`, a BCP 47
 * tag) or a saved choice: English for any `en-*`, Vietnamese for everything else — the users are
 * Vietnamese officers, so an unknown or absent language means Vietnamese.
 * @example pickLang('en-US') // 'en'
 * @example pickLang('fr-FR') // 'vi'
 */
export function pickLang(tag: string | null | undefined): Lang {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'en' ? 'en' : 'vi';
}

export const LangContext = createContext<Lang>('vi');

/** The current language. */
export function useLang(): Lang {
  return useContext(LangContext);
}

/** The user-facing texts of the current language (one table per language, `strings.ts`). */
export function useStrings(): Strings {
  return STRINGS[useContext(LangContext)];
}
