/** The labels of the application menu and the shell's dialogs: the "menu" part of the main string table (no electron here). */
import { fill, languageOfLocale, MAIN_LANGUAGES, mainStrings, type MainStrings } from './core/strings';

export type ShellStrings = MainStrings['menu'];
export const SHELL_LANGUAGES = MAIN_LANGUAGES;
export { fill };

export function shellStrings(locale: string): ShellStrings {
  return mainStrings(languageOfLocale(locale)).menu;
}
