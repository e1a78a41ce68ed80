/**
 * The compile-time contract between the Chinese catalogue (zh.ts, the source of every message and of its
 * placeholder names) and a translation of it: the same keys, and per key either a template with exactly the same
 * `{placeholders}` or a function of exactly those params (for plurals and other grammar a template cannot say).
 */
import type { zh } from './zh';

export type ChineseCatalogue = typeof zh;

/** `'{summaries} 份摘要（来自 {files} 个文件）'` -> `'summaries' | 'files'` */
export type PlaceholdersOf<Message extends string> = Message extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

type SameNames<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

interface TranslationError<Problem extends string, Chinese extends string> {
  problem: Problem;
  chinese: Chinese;
}

/** `unknown` (no constraint) where the entry is right; a type naming the problem where it is not. */
type Checked<Translation> = {
  [Key in keyof ChineseCatalogue]: Key extends keyof Translation
    ? Translation[Key] extends string
      ? SameNames<PlaceholdersOf<Translation[Key]>, PlaceholdersOf<ChineseCatalogue[Key]>> extends true
        ? unknown
        : TranslationError<'its {placeholders} differ from the Chinese message', ChineseCatalogue[Key]>
      : Translation[Key] extends (params: infer Params) => string
        ? SameNames<keyof Params, PlaceholdersOf<ChineseCatalogue[Key]>> extends true
          ? unknown
          : TranslationError<
              'its params differ from the {placeholders} of the Chinese message',
              ChineseCatalogue[Key]
            >
        : TranslationError<'not a template or a function returning a string', ChineseCatalogue[Key]>
    : string;
} & {
  [Key in Exclude<keyof Translation, keyof ChineseCatalogue>]: TranslationError<'no such key in zh.ts', ''>;
};

/**
 * Returns the translation as it is, after the compiler checked it against zh.ts: a missing key, an extra key or
 * different placeholders fail to compile. Functions annotate their params (`{ files }: Counts<'files'>`).
 */
export function defineTranslation<const Translation>(
  translation: Translation & Checked<Translation>,
): Translation {
  return translation;
}

/** The params of a message function that counts things. */
export type Counts<Names extends string> = Record<Names, number>;
