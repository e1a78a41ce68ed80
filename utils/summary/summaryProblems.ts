/**
 * Why a summary file was refused, as data, and the sentence that says so in either language. The reader
 * (parseSummary) finds the problem; the merge page says it in the page's language, and the Chinese sentence is the
 * one tests and the group report's tools read. Values from the file are shown short and on one line.
 */
import type { Locale } from '../vocabulary/label';
import type { PeriodKey } from './periodKey';
import { SUMMARY_FORMAT, SUMMARY_FORMAT_V1 } from './summary';
import type { BrokenLaw } from './summaryLaws';

export type FieldIssue =
  | 'unknownKey'
  | 'missing'
  | 'notObject'
  | 'notNumber'
  | 'notText'
  | 'notList'
  | 'notFinite'
  | 'notInteger'
  | 'tooSmall'
  | 'tooLarge'
  | 'notInList'
  | 'tooLong'
  | 'badFormat'
  | 'other';

export type SummaryProblem =
  | { code: 'notText' }
  | { code: 'tooLarge'; kilobytes: number }
  | { code: 'empty' }
  | { code: 'badJson' }
  | { code: 'notSummary' }
  | { code: 'csvHeader' }
  | { code: 'csvRows'; rows: number }
  | { code: 'csvColumns'; expected: number; actual: number }
  | { code: 'csvFormat'; format: string }
  | { code: 'csvList'; column: string }
  | { code: 'notObject' }
  | { code: 'noFormat' }
  | { code: 'unknownFormat'; format: string }
  | { code: 'period'; value: string }
  | { code: 'field'; issue: FieldIssue; field: string; value: string; limit: string; more: number }
  | { code: 'law'; law: BrokenLaw; periodKind: PeriodKey['kind'] }
  | { code: 'unreadable' };

/** A value as shown inside a sentence: short, on one line, never a wall of junk. */
export function shown(value: unknown, maxLength = 40): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  const oneLine = text.replace(/[\p{Cc}\p{Cf}]+/gu, ' ');
  return oneLine.length > maxLength ? `${oneLine.slice(0, maxLength)}…` : oneLine;
}

export function summaryProblemText(problem: SummaryProblem, locale: Locale, fileName?: string): string {
  const words = locale === 'en' ? ENGLISH : CHINESE;
  const sentence = words.problem(problem);
  return fileName === undefined ? sentence : words.inFile(shown(fileName, 80), sentence);
}

interface Words {
  inFile(fileName: string, sentence: string): string;
  problem(problem: SummaryProblem): string;
}

const FORMATS = `${SUMMARY_FORMAT} / ${SUMMARY_FORMAT_V1}`;

const CHINESE: Words = {
  inFile: (fileName, sentence) => `文件“${fileName}”：${sentence}`,
  problem: (problem) => {
    switch (problem.code) {
      case 'notText':
        return '不是文本文件。';
      case 'tooLarge':
        return `文件太大（${problem.kilobytes} KB），摘要文件都小于 64 KB，这不是指尖账本摘要文件。`;
      case 'empty':
        return '文件是空的。';
      case 'badJson':
        return '不是指尖账本摘要文件（JSON 格式有误，可能文件不完整）。';
      case 'notSummary':
        return '不是指尖账本摘要文件（既不是 JSON，也不是带 format 表头的 CSV）。';
      case 'csvHeader':
        return `CSV 表头与 ${FORMATS} 的列不一致（列名或顺序不对）。`;
      case 'csvRows':
        return `CSV 摘要文件应有一行数据，实际有 ${problem.rows} 行。`;
      case 'csvColumns':
        return `CSV 数据行应有 ${problem.expected} 列，实际有 ${problem.actual} 列。`;
      case 'csvFormat':
        return `CSV 数据行的格式“${problem.format}”与表头的列不一致。`;
      case 'csvList':
        return `“${problem.column}”一栏不是有效的 JSON 列表。`;
      case 'notObject':
        return '不是指尖账本摘要文件（内容不是一个 JSON 对象）。';
      case 'noFormat':
        return '不是指尖账本摘要文件（缺少 format 字段）。';
      case 'unknownFormat':
        return `不支持的格式“${problem.format}”，这里只认 ${SUMMARY_FORMAT} 和 ${SUMMARY_FORMAT_V1}。`;
      case 'period':
        return `周期格式不正确：“${problem.value}”（应为 2026-W47 这样的 ISO 周，或 2026-11 这样的月份）。`;
      case 'field':
        return chineseField(problem) + (problem.more > 0 ? `（另有 ${problem.more} 处问题）` : '');
      case 'law':
        return chineseLaw(problem.law, problem.periodKind === 'week' ? '一周' : '这个月');
      case 'unreadable':
        return '无法读取这个文件。';
    }
  },
};

function chineseField({ issue, field, value, limit }: Extract<SummaryProblem, { code: 'field' }>): string {
  const name = `“${field}”`;
  switch (issue) {
    case 'unknownKey':
      return `含有不认识的字段${name}。`;
    case 'missing':
      return `缺少字段${name}。`;
    case 'notObject':
      return `${name}应为一组字段（对象）。`;
    case 'notNumber':
      return `${name}应为数字，实际是 ${value}。`;
    case 'notText':
      return `${name}应为文字，实际是 ${value}。`;
    case 'notList':
      return `${name}应为列表。`;
    case 'notFinite':
      return `${name}应为有限的数字。`;
    case 'notInteger':
      return `${name}应为整数，实际是 ${value}。`;
    case 'tooSmall':
      return `${name}的数值 ${value} 过小（不能小于 ${limit}）。`;
    case 'tooLarge':
      return `${name}的数值 ${value} 不合理（不能大于 ${limit}）。`;
    case 'notInList':
      return `${name}的值 ${value} 不在允许的选项中。`;
    case 'tooLong':
      return `${name}太长。`;
    case 'badFormat':
      return `${name}的值 ${value} 格式不正确。`;
    case 'other':
      return `${name}不符合格式。`;
  }
}

function chineseLaw(broken: BrokenLaw, period: string): string {
  switch (broken.law) {
    case 'daysInPeriod':
      return `有记录天数 ${broken.days} 超过了${period}的 ${broken.periodDays} 天。`;
    case 'hoursInPeriod':
      return `“${broken.field}”为 ${broken.hours} 小时，超过了${period}的 ${broken.periodHours} 小时。`;
    case 'partsAddUp':
      return `“${broken.field}”各项之和 ${broken.parts} 小时与合计 ${broken.total} 小时对不上，摘要不是由指尖账本生成的，或被改动过。`;
    case 'partWithinTotal':
      return `“${broken.field}”为 ${broken.part} 小时，超过了合计 ${broken.total} 小时。`;
    case 'countPerDay':
      return `“${broken.field}”为 ${broken.count} 次，超过了${period}可能的上限 ${broken.max}。`;
    case 'duplicatePlatform':
      return `“hours.nationalPlatforms”中平台“${shown(broken.id)}”出现了不止一次。`;
  }
}

const ENGLISH: Words = {
  inFile: (fileName, sentence) => `File “${fileName}”: ${sentence}`,
  problem: (problem) => {
    switch (problem.code) {
      case 'notText':
        return 'Not a text file.';
      case 'tooLarge':
        return `The file is too large (${problem.kilobytes} KB); summaries are under 64 KB, so this is not a Fingertip Ledger summary.`;
      case 'empty':
        return 'The file is empty.';
      case 'badJson':
        return 'Not a Fingertip Ledger summary (the JSON is malformed; the file may be incomplete).';
      case 'notSummary':
        return 'Not a Fingertip Ledger summary (neither JSON nor a CSV with a format header).';
      case 'csvHeader':
        return `The CSV header does not match the columns of ${FORMATS} (names or order differ).`;
      case 'csvRows':
        return `A CSV summary has one data row; this one has ${problem.rows}.`;
      case 'csvColumns':
        return `The CSV data row should have ${problem.expected} columns; it has ${problem.actual}.`;
      case 'csvFormat':
        return `The CSV row's format “${problem.format}” does not match its header.`;
      case 'csvList':
        return `The “${problem.column}” column is not a valid JSON list.`;
      case 'notObject':
        return 'Not a Fingertip Ledger summary (the content is not a JSON object).';
      case 'noFormat':
        return 'Not a Fingertip Ledger summary (it has no format field).';
      case 'unknownFormat':
        return `Unsupported format “${problem.format}”; only ${SUMMARY_FORMAT} and ${SUMMARY_FORMAT_V1} are read.`;
      case 'period':
        return `The period “${problem.value}” is malformed (an ISO week such as 2026-W47, or a month such as 2026-11).`;
      case 'field':
        return englishField(problem) + (problem.more > 0 ? ` (and ${problem.more} more problems)` : '');
      case 'law':
        return englishLaw(problem.law, problem.periodKind === 'week' ? 'a week' : 'this month');
      case 'unreadable':
        return 'The file cannot be read.';
    }
  },
};

function englishField({ issue, field, value, limit }: Extract<SummaryProblem, { code: 'field' }>): string {
  const name = `“${field}”`;
  switch (issue) {
    case 'unknownKey':
      return `It has an unknown field ${name}.`;
    case 'missing':
      return `The field ${name} is missing.`;
    case 'notObject':
      return `${name} should be a group of fields (an object).`;
    case 'notNumber':
      return `${name} should be a number; it is ${value}.`;
    case 'notText':
      return `${name} should be text; it is ${value}.`;
    case 'notList':
      return `${name} should be a list.`;
    case 'notFinite':
      return `${name} should be a finite number.`;
    case 'notInteger':
      return `${name} should be a whole number; it is ${value}.`;
    case 'tooSmall':
      return `${name} is ${value}, below its minimum of ${limit}.`;
    case 'tooLarge':
      return `${name} is ${value}, above its maximum of ${limit}.`;
    case 'notInList':
      return `${name} is ${value}, which is not one of the allowed values.`;
    case 'tooLong':
      return `${name} is too long.`;
    case 'badFormat':
      return `${name} is ${value}, which is not in the right form.`;
    case 'other':
      return `${name} is not in the right form.`;
  }
}

function englishLaw(broken: BrokenLaw, period: string): string {
  switch (broken.law) {
    case 'daysInPeriod':
      return `It has ${broken.days} days with records, more than the ${broken.periodDays} days of ${period}.`;
    case 'hoursInPeriod':
      return `“${broken.field}” is ${broken.hours} hours, more than the ${broken.periodHours} hours of ${period}.`;
    case 'partsAddUp':
      return `The parts of “${broken.field}” add up to ${broken.parts} hours, not the total of ${broken.total}: the summary was not made by Fingertip Ledger, or was edited.`;
    case 'partWithinTotal':
      return `“${broken.field}” is ${broken.part} hours, more than the total of ${broken.total}.`;
    case 'countPerDay':
      return `“${broken.field}” is ${broken.count}, more than anyone can reach in ${period} (${broken.max}).`;
    case 'duplicatePlatform':
      return `The platform “${shown(broken.id)}” appears more than once in “hours.nationalPlatforms”.`;
  }
}
