import { decodeCursor, encodeCursor, likePattern } from './people.cursor.util';

describe('people cursor', () => {
  it('round-trips a position, including names with any characters', () => {
    const cursor = { displayName: 'Åsa "Ö" Öberg, 🙂', id: '7c9e6679-7425-40de-944b-e07fc1f90ae7' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it.each([
    '',
    'garbage',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('["x","not-a-uuid"]').toString('base64url'),
  ])('refuses %p as BAD_USER_INPUT INVALID_CURSOR', (value) => {
    expect(() => decodeCursor(value)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          field: 'after',
          reason: 'INVALID_CURSOR',
        }),
      }),
    );
  });
});

describe('likePattern', () => {
  it('escapes LIKE wildcards and wraps for a substring match', () => {
    expect(likePattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
