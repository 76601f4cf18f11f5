import { encodeCursor } from '../../common/graphql/cursor.util';
import { decodeFeedCursor, encodeFeedCursor } from './feed.service';

/** A payload as the codec would carry it, built by hand (what a tampering client could send). */
const raw = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString('base64url');

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
    ['not base64url JSON', 'not-a-cursor'],
    ['empty', ''],
    ['too few parts', raw(['feed', 1, true, '2026-11-20T08:01:02Z'])],
    ['a pinned flag that is not a boolean', raw(['feed', 1, 2, '2026-11-20T08:01:02Z', cursor.id])],
    ['a timestamp PostgreSQL did not write', raw(['feed', 1, true, 'yesterday', cursor.id])],
    ['a malformed id', raw(['feed', 1, true, '2026-11-20T08:01:02Z', "'; DROP TABLE article; --"])],
    ['an instant not after 1970', raw(['feed', 0, true, '2026-11-20T08:01:02Z', cursor.id])],
    ['the format before the shared codec (no tag)', raw([1, 1, '2026-11-20T08:01:02Z', cursor.id])],
    ["another list's cursor", encodeCursor('a', [cursor.id])],
  ])('refuses %s with BAD_USER_INPUT INVALID_CURSOR', (_name, value) => {
    expect(() => decodeFeedCursor(value)).toThrow(
      expect.objectContaining({
        extensions: { code: 'BAD_USER_INPUT', field: 'after', reason: 'INVALID_CURSOR' },
      }),
    );
  });
});
