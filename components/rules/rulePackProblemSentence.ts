/** What is wrong with a rules file, as a sentence in the page's language (rule numbers count from 1). */
import type { RulePackProblem } from '../../utils/platforms/rulePack';
import { t } from '../i18n';
import { patternProblemSentence } from './patternProblemSentence';

export function rulePackProblemSentence(problem: RulePackProblem): string {
  switch (problem.code) {
    case 'tooLarge':
      return t('rulePackTooLarge');
    case 'empty':
      return t('rulePackEmpty');
    case 'notJson':
      return t('rulePackNotJson');
    case 'notRulePack':
      return t('rulePackNotRulePack');
    case 'wrongValue':
      return problem.rule === null
        ? t('rulePackWrongValueFile', { field: problem.field })
        : t('rulePackWrongValue', { rule: problem.rule + 1, field: problem.field });
    case 'catalogueId':
      return t('rulePackCatalogueId', { rule: problem.rule + 1, id: problem.id });
    case 'duplicateId':
      return t('rulePackDuplicateId', { rule: problem.rule + 1, id: problem.id });
    case 'badPattern':
      return t('rulePackBadPattern', {
        rule: problem.rule + 1,
        pattern: problem.pattern,
        problem: patternProblemSentence(problem.problem),
      });
  }
}
