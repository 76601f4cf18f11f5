import { isValidEmail, normaliseEmail } from './email';

describe('isValidEmail', () => {
  it.each(['anna@demo.commons', 'a.b+c@x.y.se'])('accepts %s', (value) => {
    expect(isValidEmail(value)).toBe(true);
  });

  it.each([
    '',
    'anna',
    'anna@',
    '@demo.commons',
    'anna@demo',
    'an na@demo.commons',
    'a@b@c.se',
    `${'a'.repeat(250)}@x.se`,
  ])('rejects %p', (value) => {
    expect(isValidEmail(value)).toBe(false);
  });
});

describe('normaliseEmail', () => {
  it('lower-cases and trims', () => {
    expect(normaliseEmail('  Anna@Demo.Commons ')).toBe('anna@demo.commons');
  });
});
