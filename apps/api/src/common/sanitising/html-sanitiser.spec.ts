import { mentionIdsIn, sanitiseLightText, sanitiseRichText, visibleText } from './html-sanitiser';

const clean = (html: string) => sanitiseRichText(html, { publicUrl: 'https://intranet.myndigheten.se' });

describe('sanitiseRichText', () => {
  it('keeps the allowed structure as it is', () => {
    const html =
      '<h2>Rubrik</h2><h3>Under</h3><h4>Djup</h4><p>Text med <strong>fet</strong> och <em>kursiv</em>.</p>' +
      '<ul><li>Ett</li></ul><ol start="3"><li>Tre</li></ol><blockquote><p>Citat</p></blockquote>' +
      '<figure><img src="/media/2026/ab12.webp" alt="Kontoret" /><figcaption>Kontoret i Sundsvall</figcaption></figure>';
    expect(clean(html)).toBe(html);
  });

  it('removes script elements with their content', () => {
    expect(clean('<p>Hej</p><script>alert(document.cookie)</script><p>då</p>')).toBe('<p>Hej</p><p>då</p>');
    expect(clean('<p>a<script src="https://evil.example/x.js"></script>b</p>')).toBe('<p>ab</p>');
    expect(clean('<style>body{display:none}</style><p>x</p>')).toBe('<p>x</p>');
  });

  it('removes event-handler attributes (and every other attribute not on the list)', () => {
    expect(clean('<p onclick="steal()" onmouseover="x()" style="color:red" class="c" id="i">Text</p>')).toBe(
      '<p>Text</p>',
    );
    expect(clean('<img src="/media/a.webp" alt="A" onerror="steal()">')).toBe(
      '<img src="/media/a.webp" alt="A" />',
    );
    expect(clean('<a href="https://example.org" onfocus="x()">Länk</a>')).toBe(
      '<a href="https://example.org">Länk</a>',
    );
  });

  it('removes javascript: and data: links, however they are spelled', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      '&#106;avascript:alert(1)',
    ]) {
      expect(clean(`<a href="${href}">Klicka</a>`)).toBe('<a>Klicka</a>');
    }
    expect(clean('<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">Öppna</a>')).toBe(
      '<a>Öppna</a>',
    );
    expect(clean('<a href="vbscript:x">V</a>')).toBe('<a>V</a>');
  });

  it('keeps http(s), mailto and relative links', () => {
    expect(clean('<a href="https://www.riksdagen.se">Riksdagen</a>')).toBe(
      '<a href="https://www.riksdagen.se">Riksdagen</a>',
    );
    expect(clean('<a href="mailto:hr@myndigheten.se">HR</a>')).toBe(
      '<a href="mailto:hr@myndigheten.se">HR</a>',
    );
    expect(clean('<a href="/people/123">Profil</a>')).toBe('<a href="/people/123">Profil</a>');
  });

  it('adds rel="noopener noreferrer" to links that open a new tab, and drops other targets', () => {
    expect(clean('<a href="https://example.org" target="_blank">Ny flik</a>')).toBe(
      '<a href="https://example.org" target="_blank" rel="noopener noreferrer">Ny flik</a>',
    );
    expect(clean('<a href="https://example.org" target="_blank" rel="opener">X</a>')).toBe(
      '<a href="https://example.org" target="_blank" rel="noopener noreferrer">X</a>',
    );
    expect(clean('<a href="https://example.org" target="_top" rel="opener">Y</a>')).toBe(
      '<a href="https://example.org">Y</a>',
    );
  });

  it('removes iframes from unknown hosts entirely, keeps allow-listed video players', () => {
    expect(clean('<iframe src="https://evil.example/embed"></iframe><p>x</p>')).toBe('<p>x</p>');
    expect(clean('<iframe src="https://www.youtube.com.evil.example/embed/x"></iframe>')).toBe('');
    expect(clean('<iframe src="http://player.vimeo.com/video/1"></iframe>')).toBe('');
    expect(clean('<iframe src="javascript:alert(1)"></iframe>')).toBe('');
    expect(clean('<iframe srcdoc="<script>x</script>"></iframe>')).toBe('');
    expect(
      clean('<iframe src="https://player.vimeo.com/video/1" title="V" allow="camera; microphone"></iframe>'),
    ).toBe('<iframe src="https://player.vimeo.com/video/1" title="V"></iframe>');
    const youtube =
      '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Film" allowfullscreen></iframe>';
    expect(clean(youtube)).toBe(
      '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Film" allowfullscreen></iframe>',
    );
    expect(clean('<iframe src="https://player.vimeo.com/video/76979871" title="V"></iframe>')).toBe(
      '<iframe src="https://player.vimeo.com/video/76979871" title="V"></iframe>',
    );
    expect(
      clean('<iframe src="https://intranet.myndigheten.se/media/film.html" title="Egen"></iframe>'),
    ).toContain('intranet.myndigheten.se');
    expect(sanitiseRichText('<iframe src="https://intranet.myndigheten.se/x"></iframe>')).toBe('');
  });

  it('keeps images from our /media only', () => {
    expect(clean('<img src="https://evil.example/track.gif" alt="x">')).toBe('');
    expect(clean('<img src="data:image/png;base64,iVBORw0KGgo=" alt="x">')).toBe('');
    expect(clean('<img src="//evil.example/media/x.png" alt="x">')).toBe('');
    expect(clean('<img src="/media/../api/secret" alt="x">')).toBe('');
    expect(clean('<img src="/media/a.webp" alt="Bild">')).toBe('<img src="/media/a.webp" alt="Bild" />');
  });

  it('maps headings outside h2–h4 into range and drops unknown elements but keeps their text', () => {
    expect(clean('<h1>Titel</h1><h6>Liten</h6>')).toBe('<h2>Titel</h2><h4>Liten</h4>');
    expect(clean('<div><span>Text</span></div>')).toBe('Text');
    expect(clean('<form action="https://evil.example"><input name="pw"><button>Skicka</button></form>')).toBe(
      'Skicka',
    );
    expect(clean('<svg><script>alert(1)</script></svg>')).toBe('');
  });
});

describe('sanitiseLightText (comments)', () => {
  const anna = '11111111-1111-4111-8111-111111111111';

  it('keeps light formatting and drops script, event handlers, images and bad links', () => {
    const html = sanitiseLightText(
      '<p onclick="x()">Hi<script>alert(1)</script> <b>bold</b> <i>it</i> <code>c</code><img src="/media/a" onerror="alert(1)">' +
        '<a href="javascript:alert(1)">js</a> <a href="https://example.org" target="_blank" onmouseover="y">ok</a></p><h2>big</h2>',
    );
    expect(html).toBe(
      '<p>Hi <strong>bold</strong> <em>it</em> <code>c</code>js <a href="https://example.org" rel="nofollow noopener noreferrer">ok</a></p>big',
    );
  });

  it('writes resolved mentions itself and leaves unresolved ones as text', () => {
    const body = `<p><a data-mention="${anna.toUpperCase()}" href="https://evil.example">@Whoever <em>x</em></a> and <a data-mention="unknown">@Nobody</a></p>`;
    expect(mentionIdsIn(body)).toEqual([anna]);
    expect(sanitiseLightText(body, new Map([[anna, 'Anna <L>']]))).toBe(
      `<p><a href="/people/${anna}" data-mention="${anna}">@Anna &lt;L&gt;</a> and @Nobody</p>`,
    );
    expect(sanitiseLightText(body)).toBe('<p>@Whoever <em>x</em> and @Nobody</p>');
  });

  it('drops data: links, iframes, style and headings, keeping their words but no markup', () => {
    expect(
      sanitiseLightText(
        '<a href="data:text/html,x">d</a><iframe src="https://a.b"></iframe><style>*{}</style><h2 onclick="x()">T</h2>',
      ),
    ).toBe('dT');
  });

  it('tells an empty body from a real one', () => {
    expect(visibleText(sanitiseLightText('<p>&nbsp; </p><br><script>x</script>'))).toBe('');
    expect(visibleText(sanitiseLightText('<p>ok</p>'))).toBe('ok');
  });

  it('reads the text readers see: escapes decoded, markup gone', () => {
    expect(visibleText('<p>a &amp; b</p><p>&lt;c&gt;</p>')).toBe('a & b<c>');
  });
});
