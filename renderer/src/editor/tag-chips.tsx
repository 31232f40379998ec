import { useState, type KeyboardEvent } from 'react';
import { parseTags } from './draft-form';

interface TagChipsProps {
  tags: string;
  onChange: (tags: string) => void;
  /** The export target's limits; undefined where the platform has none. */
  maxTags?: number;
  maxLength?: number;
  platformLabel: string;
}

/** Tags as removable chips, with the platform's count and length limits shown as they are hit. */
export function TagChips({ tags, onChange, maxTags, maxLength, platformLabel }: TagChipsProps) {
  const [draft, setDraft] = useState('');
  const list = parseTags(tags);
  const commit = () => {
    if (draft.trim() === '') return;
    onChange(parseTags([...list, ...draft.split(',')].join(',')).join(', '));
    setDraft('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Backspace' && draft === '' && list.length > 0) {
      onChange(list.slice(0, -1).join(', '));
    }
  };
  const over = maxTags !== undefined && list.length > maxTags;
  return (
    <fieldset className="tag-field">
      <legend className="label-row">
        Tags
        <span className={`limit${over ? ' limit-over' : ''}`}>
          {list.length}
          {maxTags !== undefined ? ` of ${maxTags}` : ''} tags{maxLength ? ` · up to ${maxLength} characters each on ${platformLabel}` : ''}
        </span>
      </legend>
      <ul className="chips" aria-label="Tags">
        {list.map((tag, i) => {
          const tooLong = maxLength !== undefined && tag.length > maxLength;
          const extra = maxTags !== undefined && i >= maxTags;
          return (
            <li key={tag} className={`chip${tooLong || extra ? ' chip-over' : ''}`} title={tooLong ? `${tag.length} characters; ${platformLabel} allows ${maxLength}` : extra ? `${platformLabel} takes ${maxTags} tags` : undefined}>
              {tag}
              <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => onChange(list.filter((t) => t !== tag).join(', '))}>
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <input aria-label="Add a tag" placeholder="Add a tag and press Enter" value={draft} onChange={(e) => setDraft(e.target.value)} onKeyDown={onKeyDown} onBlur={commit} />
    </fieldset>
  );
}
