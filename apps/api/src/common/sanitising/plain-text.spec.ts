import { plainText } from './plain-text';

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
});
