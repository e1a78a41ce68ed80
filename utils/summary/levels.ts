/** The fixed list of administrative levels a summary's profile may state (the settings' `Level`), in order from the grassroots up. */
import type { Level } from '../settings';

export const LEVELS = ['村/社区', '乡镇/街道', '县/区', '市', '省'] as const satisfies readonly Level[];

// Fails to compile if settings gain a level this list lacks.
const everyLevelListed: Exclude<Level, (typeof LEVELS)[number]> extends never ? true : never = true;
void everyLevelListed;

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}
