import { countWords, wordBudget } from '../../../shared/text/count-words';

export const DESCRIPTION_TARGET_WORDS = 50;

export interface WordCountStatus {
  count: number;
  min: number;
  max: number;
  state: 'under' | 'ok' | 'over';
  label: string;
}

/** "48 words · target 45–55" and whether the description is short, on target or long. */
export function describeWordCount(text: string, target = DESCRIPTION_TARGET_WORDS): WordCountStatus {
  const count = countWords(text);
  const { min, max } = wordBudget(target);
  const state = count < min ? 'under' : count > max ? 'over' : 'ok';
  return { count, min, max, state, label: `${count} word${count === 1 ? '' : 's'} · target ${min}–${max}` };
}
