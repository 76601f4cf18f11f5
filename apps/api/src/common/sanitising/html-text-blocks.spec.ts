import { htmlToTextBlocks } from './html-text-blocks';

describe('htmlToTextBlocks', () => {
  it('lists headings, paragraphs, list items, quotes, images and links in document order', () => {
    const blocks = htmlToTextBlocks(
      '<h2>Ny växel</h2><p>Läs <a href="https://example.org">mer om bytet</a> här.</p><ul><li>Ett</li><li>Två</li></ul>' +
        '<blockquote>Ett citat</blockquote><figure><img src="/media/a.webp" alt="Växeln"><figcaption>Bild: IT</figcaption></figure><img src="/media/b.webp">',
    );
    expect(blocks).toEqual([
      { kind: 'heading', level: 2, text: 'Ny växel' },
      { kind: 'paragraph', text: 'Läs mer om bytet här.' },
      { kind: 'link', text: 'mer om bytet', href: 'https://example.org' },
      { kind: 'list-item', text: 'Ett' },
      { kind: 'list-item', text: 'Två' },
      { kind: 'quote', text: 'Ett citat' },
      { kind: 'image', alt: 'Växeln' },
      { kind: 'paragraph', text: 'Bild: IT' },
      { kind: 'image', alt: null },
    ]);
  });

  it('decodes entities, squashes white space and counts loose text as a paragraph', () => {
    expect(htmlToTextBlocks('Hej &amp; välkommen\n  till   <strong>oss</strong>')).toEqual([
      { kind: 'paragraph', text: 'Hej & välkommen till oss' },
    ]);
    expect(htmlToTextBlocks('<p>  </p>')).toEqual([]);
  });

  it('gives a quote made of paragraphs its paragraphs', () => {
    expect(htmlToTextBlocks('<blockquote><p>Ett.</p><p>Två.</p></blockquote>')).toEqual([
      { kind: 'paragraph', text: 'Ett.' },
      { kind: 'paragraph', text: 'Två.' },
    ]);
  });
});
