import { describe, expect, it } from 'vitest';
import { textToHtml, toSingleLine } from '../../../electron/export/text-to-html';

describe('textToHtml', () => {
  it('escapes markup and keeps paragraphs and line breaks', () => {
    expect(textToHtml('Fits <A4> & "letter"\nsize.\n\nHand-made.')).toBe('<p>Fits &lt;A4&gt; &amp; &quot;letter&quot;<br>size.</p><p>Hand-made.</p>');
  });
  it('puts text on one line for tab-separated feeds', () => {
    expect(toSingleLine(' a\tb\r\nc  ')).toBe('a b c');
  });
});
