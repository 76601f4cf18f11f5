import '@testing-library/jest-dom';

// jsdom has no layout: scrolling a field into view is a no-op there.
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView = jest.fn();

// jsdom predates the HTML <search> element that browsers support; hide only that warning.
const consoleError = console.error.bind(console);
jest.spyOn(console, 'error').mockImplementation((message?: unknown, ...rest: unknown[]) => {
  if (typeof message === 'string' && message.includes('is unrecognized in this browser') && rest[0] === 'search') return;
  consoleError(message, ...rest);
});
