import { readFileSync } from 'node:fs';
import { readingFromJson } from '../app/reading';
import type { Reading } from '../sheets/reading/types';
import { CliUsageError, requireFile } from './usage';

/** `--reading FILE.json`: a reading a person corrected; a file that is not one is exit 2, saying why. */
export function readingOption(file: string | undefined): Reading | null {
  if (file === undefined) return null;
  const parsed = readingFromJson(readFileSync(requireFile(file), 'utf8'));
  if ('problem' in parsed) throw new CliUsageError(`Tệp cách đọc «${file}» không dùng được: ${parsed.problem}.`);
  return parsed.reading;
}
