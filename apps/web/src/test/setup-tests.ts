import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

// Every web test: the machine (and CI, which runs the API's tests beside these) is shared and slow
// at times; findBy/waitFor get 5 s rather than 1 s before they call a missing element missing.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no layout: scrolling a field into view is a no-op there.
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView = jest.fn();

// jsdom predates the HTML <search> element that browsers support; hide only that warning.
const consoleError = console.error.bind(console);
jest.spyOn(console, 'error').mockImplementation((message?: unknown, ...rest: unknown[]) => {
  if (
    typeof message === 'string' &&
    message.includes('is unrecognized in this browser') &&
    rest[0] === 'search'
  )
    return;
  consoleError(message, ...rest);
});

// jsdom has <dialog> but not showModal()/close() (as of jsdom 26): enough of them for focus tests.
// The real browser adds the inert backdrop; the component's own Tab wrap is what the tests check.
if (typeof HTMLDialogElement !== 'undefined') {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}
