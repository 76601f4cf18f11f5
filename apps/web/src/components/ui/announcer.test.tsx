import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { AnnouncerProvider, useAnnounce } from './announcer';

const DELAY = 100;

/** A component that speaks each of its messages in turn, as a page's parts do. */
function Speaker({ messages }: { messages: string[] }) {
  const announce = useAnnounce();
  useEffect(() => messages.forEach(announce), [messages, announce]);
  return null;
}

const region = () => screen.getByRole('status');
// Stable arrays: a speaker speaks again only when given a new list.
const BURST = ['2 things to check', '3 things to check'];
const SAVED = ['Saved'];

describe('announcer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('speaks a burst once, as its last message, after the delay', () => {
    render(
      <AnnouncerProvider delayMs={DELAY}>
        <Speaker messages={BURST} />
      </AnnouncerProvider>,
    );
    expect(region()).toHaveTextContent('');
    act(() => jest.advanceTimersByTime(DELAY));
    expect(region()).toHaveTextContent(/^3 things to check$/);
  });

  it('clears between announcements so a repeated message is spoken again', () => {
    const page = (messages: string[]) => (
      <AnnouncerProvider delayMs={DELAY}>
        <Speaker messages={messages} />
      </AnnouncerProvider>
    );
    const { rerender } = render(page(SAVED));
    act(() => jest.advanceTimersByTime(DELAY));
    expect(region()).toHaveTextContent(/^Saved$/);
    rerender(page(['Saved']));
    expect(region()).toHaveTextContent('');
    act(() => jest.advanceTimersByTime(DELAY));
    expect(region()).toHaveTextContent(/^Saved$/);
  });
});
