import { describeWordCount } from './word-count-status';

export function WordCountMeter({ text, target }: { text: string; target?: number }) {
  const status = describeWordCount(text, target);
  return (
    <span className={`word-count word-count-${status.state}`} aria-live="polite" data-testid="word-count">
      {status.label}
    </span>
  );
}
