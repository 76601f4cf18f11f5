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

function Page({ a, b }: { a: string[]; b: string[] }) {
  return (
    <AnnouncerProvider delayMs={DELAY}>
      <Speaker messages={a} />
      <Speaker messages={b} />
    </AnnouncerProvider>
  );
}

const region = () => screen.getByRole('status');
// Stable arrays: a speaker speaks again only when given a new list.
const SAVED = ['Saved'];
const NONE: string[] = [];

describe('announcer', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('speaks a burst from one component once, as its last message, after the delay', () => {
    render(<Page a={['2 things to check', '3 things to check']} b={[]} />);
    expect(region()).toHaveTextContent('');
    act(() => jest.advanceTimersByTime(DELAY));
    expect(region()).toHaveTextContent(/^3 things to check$/);
  });

  it('speaks messages from two components in the same moment together, so neither is lost', () => {
    render(<Page a={['3 things to check']} b={['Saved']} />);
    act(() => jest.advanceTimersByTime(DELAY));
    expect(region()).toHaveTextContent(/^3 things to check Saved$/);
  });

  it('clears between announcements so a repeated message is spoken again', () => {
    const { rerender } = render(<Page a={SAVED} b={NONE} />);
    act(() => jest.advanceTimersByTime(DELAY));
    expect(region()).toHaveTextContent(/^Saved$/);
    rerender(<Page a={SAVED} b={['Saved']} />);
    expect(region()).toHaveTextContent('');
    act(() => jest.advanceTimersByTime(DELAY));
    // Only the second component spoke this time; the first one's message was not kept over.
    expect(region()).toHaveTextContent(/^Saved$/);
  });
});
