/** Ids of the user's own platforms: unique, never a catalogue id (a rule with one would override that entry). */
import { CATALOGUE } from './catalogue';

/** What a rule id may look like: short, ASCII, and never one of the stored id prefixes (`host:`, `app:`…). */
export const RULE_ID = /^(?!host:|app:|offline:|promo:|inventory:)[a-z0-9][a-z0-9._:-]{0,63}$/i;

export function newRuleId(now: number, taken: ReadonlySet<string>): string {
  const base = `user-${now.toString(36)}`;
  let id = base;
  for (let suffix = 2; taken.has(id) || CATALOGUE.some((entry) => entry.id === id); suffix += 1)
    id = `${base}-${suffix}`;
  return id;
}

export function isCatalogueId(id: string): boolean {
  return CATALOGUE.some((entry) => entry.id === id);
}
