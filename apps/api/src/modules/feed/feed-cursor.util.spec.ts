import { decodeFeedCursor, encodeFeedCursor } from './feed-cursor.util';

describe('feed cursor', () => {
  const cursor = {
    asOf: new Date('2026-11-23T10:00:00.123Z'),
    pinned: true,
    publishedAt: '2026-11-20T08:01:02.123456Z',
    id: '0b0e8a9e-3f0e-4c3e-9a57-1f2d3c4b5a69',
  };

  it('round-trips, keeping microseconds', () => {
    expect(decodeFeedCursor(encodeFeedCursor(cursor))).toEqual(cursor);
    expect(decodeFeedCursor(encodeFeedCursor({ ...cursor, pinned: false })).pinned).toBe(false);
  });

  it.each([
    ['not-a-cursor'],
    [''],
    [Buffer.from('[1,1,"2026-11-20T08:01:02Z"]').toString('base64url')],
    [Buffer.from(`[1,2,"2026-11-20T08:01:02Z","${cursor.id}"]`).toString('base64url')],
    [Buffer.from(`[1,1,"yesterday","${cursor.id}"]`).toString('base64url')],
    [Buffer.from(`[1,1,"2026-11-20T08:01:02Z","'; DROP TABLE article; --"]`).toString('base64url')],
  ])('refuses %p with BAD_USER_INPUT INVALID_CURSOR', (value) => {
    expect(() => decodeFeedCursor(value)).toThrow(
      expect.objectContaining({
        extensions: { code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' },
      }),
    );
  });
});
