import { describeWordCount } from './word-count-status';

export function WordCountMeter({ text }: { text: string }) {
  const status = describeWordCount(text);
  return (
    <span className={`word-count word-count-${status.state}`} aria-live="polite">
      {status.label}
    </span>
  );
}
