import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { AnnouncerProvider } from '@/components/ui/announcer';
import { ANNOUNCE_DELAY_MS } from '@/config/constants';
import { useJoinedAnnounce } from './use-joined-announce';

type Say = (source: string, message: string) => void;

function Probe({ onReady }: { onReady: (say: Say) => void }) {
  const say = useJoinedAnnounce();
  useEffect(() => onReady(say), [onReady, say]);
  return null;
}

function setUp(): Say {
  let say: Say = () => undefined;
  render(
    <AnnouncerProvider>
      <Probe onReady={(s) => (say = s)} />
    </AnnouncerProvider>,
  );
  return (source, message) => act(() => say(source, message));
}

const region = () => screen.getByRole('status');
const wait = (ms: number) => act(() => jest.advanceTimersByTime(ms));

describe('useJoinedAnnounce', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('speaks "Saved" and the warning count together when they land in the same burst', () => {
    const say = setUp();
    say('saved', 'Saved');
    wait(200);
    say('readability', '3 things to check');
    wait(ANNOUNCE_DELAY_MS);
    expect(region()).toHaveTextContent(/^Saved\. 3 things to check\.$/);
  });

  it('does not repeat a message already spoken', () => {
    const say = setUp();
    say('saved', 'Saved');
    wait(ANNOUNCE_DELAY_MS);
    expect(region()).toHaveTextContent(/^Saved$/);
    say('readability', '3 things to check');
    wait(ANNOUNCE_DELAY_MS);
    expect(region()).toHaveTextContent(/^3 things to check$/);
  });

  it('keeps only the newest message of one source', () => {
    const say = setUp();
    say('readability', '2 things to check');
    say('saved', 'Saved');
    say('readability', '3 things to check');
    wait(ANNOUNCE_DELAY_MS);
    expect(region()).toHaveTextContent(/^Saved\. 3 things to check\.$/);
  });
});
