import { plainText, sanitiseLightHtml, textOfHtml } from './light-html-sanitiser';

describe('sanitiseLightHtml', () => {
  it('keeps light formatting and safe links', () => {
    expect(sanitiseLightHtml('<p>a <b>b</b> <i>c</i> <code>d</code></p><ol><li>e</li></ol><br>')).toBe(
      '<p>a <strong>b</strong> <em>c</em> <code>d</code></p><ol><li>e</li></ol><br />',
    );
    expect(sanitiseLightHtml('<a href="mailto:x@y.se" target="_blank">m</a>')).toBe(
      '<a rel="noopener noreferrer nofollow" href="mailto:x@y.se" target="_blank">m</a>',
    );
  });

  it('drops scripts, handlers, dangerous URLs, images, headings and embeds', () => {
    const out = sanitiseLightHtml(
      '<h2 onclick="x()">T</h2><script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">j</a><a href="data:text/html,x">d</a><iframe src="https://a.b"></iframe><style>*{}</style>',
    );
    expect(out).toBe(
      'T<a rel="noopener noreferrer nofollow">j</a><a rel="noopener noreferrer nofollow">d</a>',
    );
  });
});

describe('plainText', () => {
  it.each([
    ['<img src=x onerror=alert(1)>Team', 'Team'],
    // Nested tags leave inert text, never a tag.
    ['<scr<script>ipt>alert(1)</script>', 'ipt>alert(1)'],
    ['  a \t  b  ', 'a b'],
    ['Q&A <3 team', 'Q&A <3 team'],
    ['x\u0000y', 'xy'],
  ])('%j → %j', (input, expected) => {
    expect(plainText(input)).toBe(expected);
  });

  it('keeps paragraphs when multiline', () => {
    expect(plainText('a  \n\n\n\n b <b>c</b>', { multiline: true })).toBe('a\n\nb c');
  });

  it('reads the text of HTML', () => {
    expect(textOfHtml('<p>a &amp; b</p><p>&lt;c&gt;</p>')).toBe('a & b<c>');
  });
});
