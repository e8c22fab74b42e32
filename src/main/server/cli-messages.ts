/** What the serve command prints: the "cli" part of the main string table; the language follows LANG / LC_ALL. */
import { languageOfLocale, mainStrings, type MainStrings } from '../core/strings';

export type CliMessages = MainStrings['cli'];

export function cliMessages(env: NodeJS.ProcessEnv = process.env): CliMessages {
  return mainStrings(languageOfLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || '')).cli;
}
