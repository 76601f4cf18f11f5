import { decodeCursor, encodeCursor } from './cursor.util';

const id = '0b0e8a9e-3f0e-4c3e-9a57-1f2d3c4b5a69';
const refused = expect.objectContaining({
  extensions: { code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' },
});

describe('cursor codec', () => {
  it('round-trips every kind of key part, keeping microseconds and any characters', () => {
    const key = ['2026-11-20T08:01:02.123456Z', 'Åsa "Ö" Öberg, 🙂', id, 1732000000123, true] as const;
    const cursor = encodeCursor('x', key);
    expect(decodeCursor('x', cursor, ['timestamp', 'text', 'uuid', 'int', 'bool'])).toEqual(key);
  });

  it.each([
    ['not base64url JSON', 'not-a-cursor'],
    ['empty', ''],
    ["another list's cursor", encodeCursor('other', [id])],
    ['too few parts', encodeCursor('x', [])],
    ['too many parts', encodeCursor('x', [id, id])],
    ['a malformed uuid', encodeCursor('x', ["'; DROP TABLE article; --"])],
    ['a number for text', Buffer.from(JSON.stringify(['x', 1])).toString('base64url')],
  ])('refuses %s as BAD_USER_INPUT INVALID_CURSOR', (_name, value) => {
    expect(() => decodeCursor('x', value, ['uuid'])).toThrow(refused);
  });

  it('refuses a timestamp that is not one PostgreSQL wrote', () => {
    expect(() => decodeCursor('x', encodeCursor('x', ['yesterday']), ['timestamp'])).toThrow(refused);
  });
});
