import { isHttpUrl, postHtmlToText, textToPostHtml } from './post-text.util';

describe('post text', () => {
  it('makes paragraphs from blank lines and line breaks from single ones, escaping markup', () => {
    expect(textToPostHtml('Hello <b>there</b>\nsecond line\n\n\nNew & paragraph  ')).toBe(
      '<p>Hello &lt;b&gt;there&lt;/b&gt;<br>second line</p><p>New &amp; paragraph</p>',
    );
    expect(textToPostHtml('  \n\n ')).toBe('');
  });

  it('turns a body back into editable text', () => {
    expect(postHtmlToText('<p>One<br>two</p><p>Three &amp; <strong>four</strong></p>')).toBe(
      'One\ntwo\n\nThree & four',
    );
  });

  it('accepts only absolute http and https links', () => {
    expect(isHttpUrl('https://example.org/a')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl('example.org')).toBe(false);
  });
});
