import { activeMentionQuery, fromBodyHtml, insertMention, toBodyHtml } from './mention-body.util';

const anna = { id: 'p-anna', displayName: 'Anna Lind' };
const bo = { id: 'p-bo', displayName: 'Bo' };

describe('comment body from textarea text', () => {
  it('turns picked mentions into the agreed link format and escapes everything else', () => {
    expect(toBodyHtml('Hej @Anna Lind, se <script>alert("x")</script> & @Bo!', [anna, bo])).toBe(
      '<p>Hej <a data-mention="p-anna" href="/people/p-anna">@Anna Lind</a>, se &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <a data-mention="p-bo" href="/people/p-bo">@Bo</a>!</p>',
    );
  });

  it('leaves typed-but-not-picked names, e-mail addresses and longer words as text', () => {
    expect(toBodyHtml('@Bob and bo@example.com and @Eve', [bo])).toBe(
      '<p>@Bob and bo@example.com and @Eve</p>',
    );
  });

  it('makes paragraphs from blank lines and <br> from single newlines, trimming the ends', () => {
    expect(toBodyHtml('  one\ntwo\r\n\r\nthree  \n', [])).toBe('<p>one<br>two</p><p>three</p>');
    expect(toBodyHtml('   \n ', [])).toBe('');
  });

  it('escapes hostile ids and names inside the mention link', () => {
    const evil = { id: '"><img src=x onerror=alert(1)>', displayName: '<b>Eve</b>' };
    const html = toBodyHtml('@<b>Eve</b>', [evil]);
    expect(html).not.toMatch(/<img|<b>/);
    expect(html).toContain('data-mention="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
  });

  it('reads a body back into text and mentions for editing', () => {
    const html = toBodyHtml('Hej @Anna Lind\nrad två\n\nNytt stycke', [anna]);
    expect(fromBodyHtml(html)).toEqual({ text: 'Hej @Anna Lind\nrad två\n\nNytt stycke', mentions: [anna] });
    expect(fromBodyHtml('<p><strong>Fet</strong> text</p><ul><li>a</li><li>b</li></ul>').text).toBe(
      'Fet text\n\n- a\n- b',
    );
  });
});

describe('mention query at the caret', () => {
  it('finds "@" plus letters at a word start, and nothing else', () => {
    expect(activeMentionQuery('Hej @An', 7)).toEqual({ start: 4, query: 'An' });
    expect(activeMentionQuery('@Anna L', 7)).toEqual({ start: 0, query: 'Anna L' });
    expect(activeMentionQuery('Hej @', 5)).toBeNull();
    expect(activeMentionQuery('mail bo@exa', 11)).toBeNull();
    expect(activeMentionQuery('@Anna  x', 8)).toBeNull();
    expect(activeMentionQuery('@Anna\nx', 7)).toBeNull();
  });

  it('replaces the query with the token and puts the caret after it', () => {
    expect(insertMention('Hej @An tack', 4, 7, anna)).toEqual({ text: 'Hej @Anna Lind tack', caret: 15 });
  });
});
