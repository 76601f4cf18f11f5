import { safeReturnPath } from './safe-return-path';

describe('safeReturnPath', () => {
  it.each(['/people?q=bo', '/settings', '/people/p-1'])('follows the in-app path %s', (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });
  it.each([
    null,
    '',
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    'people',
    '/sign-in?next=/x',
  ])('refuses %p and goes home instead', (path) => {
    expect(safeReturnPath(path)).toBe('/');
  });
});
