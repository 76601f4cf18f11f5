import '@testing-library/jest-dom';

// jsdom has no layout: scrolling a field into view is a no-op there.
Element.prototype.scrollIntoView = jest.fn();
