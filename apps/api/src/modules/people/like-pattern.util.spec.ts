import { likePattern } from './like-pattern.util';

// The directory's cursor cases (round trip with any characters, refusals) are the codec's now:
// common/graphql/cursor.util.spec.ts, and over GraphQL in people.e2e-spec.ts.
describe('likePattern', () => {
  it('escapes LIKE wildcards and wraps for a substring match', () => {
    expect(likePattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
