import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Language } from '@commons/shared';
import { announcer, renderConversation } from '../test/render-conversation';
import type { ReactionCount, ReactionKind, Reactor } from '../types';
import { ReactionBar } from './reaction-bar';
import { paths } from '@/config/paths';

const startCounts: ReactionCount[] = [
  { kind: 'LIKE', count: 3 },
  { kind: 'LOVE', count: 1 },
  { kind: 'CELEBRATE', count: 0 },
  { kind: 'INSIGHTFUL', count: 0 },
  { kind: 'CURIOUS', count: 0 },
];

/** Plays the server: one reaction per person, replacing or removing, counts adjusted. */
function Harness({ fail = false, reactors }: { fail?: boolean; reactors?: Reactor[] }) {
  const [counts, setCounts] = useState(startCounts);
  const [mine, setMine] = useState<ReactionKind | null>(null);
  const [loaded, setLoaded] = useState<Reactor[] | null>(null);
  const onReact = async (kind: ReactionKind | null) => {
    if (fail) throw new Error('down');
    setCounts((list) =>
      list.map((c) => ({ ...c, count: c.count + (c.kind === kind ? 1 : 0) - (c.kind === mine ? 1 : 0) })),
    );
    setMine(kind);
  };
  return (
    <ReactionBar
      counts={counts}
      myReaction={mine}
      onReact={onReact}
      reactors={loaded}
      onLoadReactors={reactors ? () => setLoaded(reactors) : undefined}
    />
  );
}

describe('ReactionBar', () => {
  it('offers five toggle buttons with fixed names and the count as their description', () => {
    renderConversation(<Harness />, { language: Language.SV });
    const group = screen.getByRole('group', { name: 'Reaktioner' });
    const buttons = screen.getAllByRole('button');
    expect(group).toContainElement(buttons[0]);
    expect(buttons.map((b) => b.textContent)).toHaveLength(5);
    const like = screen.getByRole('button', { name: 'Gilla' });
    expect(like).toHaveAttribute('aria-pressed', 'false');
    expect(like).toHaveAccessibleDescription('3 personer');
    expect(screen.getByRole('button', { name: 'Älska' })).toHaveAccessibleDescription('1 person');
    for (const name of ['Fira', 'Klokt', 'Nyfiken']) {
      expect(screen.getByRole('button', { name })).toHaveAccessibleDescription('0 personer');
    }
  });

  it('toggles by keyboard: choose, replace with another kind, choose again to remove; one polite message each', async () => {
    const user = userEvent.setup();
    renderConversation(<Harness />);
    const like = screen.getByRole('button', { name: 'Like' });
    const love = screen.getByRole('button', { name: 'Love' });

    await user.tab();
    expect(like).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(like).toHaveAttribute('aria-pressed', 'true');
    expect(like).toHaveAccessibleDescription('4 people');
    await waitFor(() => expect(announcer()).toHaveTextContent('Your reaction: Like'));

    await user.tab();
    expect(love).toHaveFocus();
    await user.keyboard(' ');
    expect(love).toHaveAttribute('aria-pressed', 'true');
    expect(like).toHaveAttribute('aria-pressed', 'false');
    expect(like).toHaveAccessibleDescription('3 people');
    expect(love).toHaveAccessibleDescription('2 people');
    // The name stays the same whatever the state (no "Unlike").
    expect(love).toHaveAccessibleName('Love');
    await waitFor(() => expect(announcer()).toHaveTextContent('Your reaction: Love'));

    await user.keyboard('{Enter}');
    expect(love).toHaveAttribute('aria-pressed', 'false');
    expect(love).toHaveAccessibleDescription('1 person');
    expect(love).toHaveFocus();
    await waitFor(() => expect(announcer()).toHaveTextContent('Your reaction has been removed'));
    // No live regions of its own: the app's one status region speaks.
    expect(document.querySelectorAll('[aria-live]')).toHaveLength(1);
  });

  it('does nothing while busy, but keeps the buttons focusable', async () => {
    const user = userEvent.setup();
    const onReact = jest.fn();
    renderConversation(<ReactionBar counts={startCounts} myReaction="LIKE" onReact={onReact} busy />);
    const curious = screen.getByRole('button', { name: 'Curious' });
    expect(curious).toHaveAttribute('aria-disabled', 'true');
    await user.click(curious);
    expect(onReact).not.toHaveBeenCalled();
    expect(curious).toHaveFocus();
  });

  it('calls onReact with the new kind, or null to remove the current one', async () => {
    const user = userEvent.setup();
    const onReact = jest.fn();
    renderConversation(<ReactionBar counts={startCounts} myReaction="LIKE" onReact={onReact} />);
    await user.click(screen.getByRole('button', { name: 'Insightful' }));
    expect(onReact).toHaveBeenLastCalledWith('INSIGHTFUL');
    await user.click(screen.getByRole('button', { name: 'Like' }));
    expect(onReact).toHaveBeenLastCalledWith(null);
  });

  it('says so when the reaction could not be saved, and leaves the state alone', async () => {
    const user = userEvent.setup();
    renderConversation(<Harness fail />);
    const like = screen.getByRole('button', { name: 'Like' });
    await user.click(like);
    expect(like).toHaveAttribute('aria-pressed', 'false');
    expect(
      screen.getByText('Your reaction could not be saved. Try again.', { selector: 'p' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('Your reaction could not be saved. Try again.'),
    );
  });

  it('shows who reacted in a disclosure, loaded on first open', async () => {
    const user = userEvent.setup();
    renderConversation(
      <Harness
        reactors={[
          { person: { id: 'p1', displayName: 'Anna Lind' }, kind: 'LIKE' },
          { person: { id: 'p2', displayName: 'Bo Ek' }, kind: 'LOVE' },
        ]}
      />,
    );
    const who = screen.getByRole('button', { name: 'Who reacted' });
    expect(who).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    await user.click(who);
    expect(who).toHaveAttribute('aria-expanded', 'true');
    const list = screen.getByRole('list', { name: 'People who reacted' });
    expect(document.getElementById(who.getAttribute('aria-controls') ?? '')).toContainElement(list);
    expect(screen.getByRole('link', { name: 'Anna Lind' })).toHaveAttribute('href', paths.person.to('p1'));
    expect(list).toHaveTextContent('Bo Ek: Love');
    await user.keyboard('{Enter}');
    expect(who).toHaveAttribute('aria-expanded', 'false');
  });
});
