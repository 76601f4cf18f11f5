import { plainExcerpt } from './plain-excerpt.util';

describe('plainExcerpt', () => {
  it('drops tags and keeps words apart across paragraphs, list items and line breaks', () => {
    expect(
      plainExcerpt('<p>We <strong>meet</strong> at the entrance.</p><p>Bring&nbsp;shoes.</p>', 100),
    ).toBe('We meet at the entrance. Bring shoes.');
    expect(plainExcerpt('<ul><li>One</li><li>Two</li></ul>Three<br>Four', 100)).toBe('One Two Three Four');
    expect(plainExcerpt('', 100)).toBe('');
  });

  it('cuts a long text at the last whole word, with an ellipsis', () => {
    expect(plainExcerpt('<p>The quick brown fox, jumps over the lazy dog</p>', 20)).toBe(
      'The quick brown fox…',
    );
    expect(plainExcerpt('<p>Supercalifragilisticexpialidocious</p>', 10)).toBe('Supercalif…');
  });

  it('shows markup in the text as text and runs nothing', () => {
    const ran = jest.fn();
    (window as unknown as { ran: () => void }).ran = ran;
    expect(
      plainExcerpt('<p>1 &lt; 2 &amp; <img src="x" onerror="ran()"><script>ran()</script>ok</p>', 100),
    ).toBe('1 < 2 & ok');
    expect(ran).not.toHaveBeenCalled();
  });
});
