import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Language } from '@commons/shared';
import { announcer, renderConversation } from '../test/render-conversation';
import type { Poll } from '../types';
import { PollWidget } from './poll-widget';

const base: Poll = {
  id: 'poll1',
  question: 'Var ska vi äta?',
  multiple: false,
  anonymous: true,
  closesAt: '2026-11-30T15:00:00.000Z',
  closed: false,
  voterCount: null,
  viewerHasVoted: false,
  resultsVisible: false,
  options: [
    { id: 'o1', text: 'Pizza', voteCount: null, viewerChose: false },
    { id: 'o2', text: 'Sushi', voteCount: null, viewerChose: false },
    { id: 'o3', text: 'Soppa', voteCount: null, viewerChose: false },
  ],
};

/** Plays the API: the viewer's vote is added to 3 others (2 Pizza, 1 Sushi), results then visible. */
function Harness({ start = base, onVoteSpy }: { start?: Poll; onVoteSpy?: jest.Mock }) {
  const [poll, setPoll] = useState(start);
  const others: Record<string, number> = { o1: 2, o2: 1, o3: 0 };
  return (
    <PollWidget
      poll={poll}
      onVote={async (ids) => {
        onVoteSpy?.(ids);
        setPoll((p) => ({
          ...p,
          viewerHasVoted: true,
          resultsVisible: true,
          voterCount: 4,
          options: p.options.map((o) => ({
            ...o,
            viewerChose: ids.includes(o.id),
            voteCount: others[o.id] + (ids.includes(o.id) ? 1 : 0),
          })),
        }));
      }}
    />
  );
}

describe('PollWidget', () => {
  it('asks in a fieldset with the question as legend; no choice gives the error summary and sends nothing', async () => {
    const user = userEvent.setup();
    const spy = jest.fn();
    renderConversation(<Harness onVoteSpy={spy} />, { language: Language.SV });
    const group = screen.getByRole('group', { name: 'Var ska vi äta?' });
    expect(group).toHaveAccessibleDescription('Välj ett alternativ.');
    expect(within(group).getAllByRole('radio')).toHaveLength(3);
    expect(screen.getByText('Anonym: ingen kan se vem som röstade på vad.')).toBeInTheDocument();
    expect(screen.getByText(/^Stänger 30 nov\. 2026/)).toBeInTheDocument();
    expect(
      screen.getByText('Resultatet visas när du har röstat eller när omröstningen har stängt.'),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Rösta' }));
    expect(spy).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Det finns ett problem' }).parentElement).toHaveFocus(),
    );
    expect(group).toHaveAccessibleDescription('Välj ett alternativ. Fel: Välj ett alternativ');
    await user.click(screen.getByRole('link', { name: 'Välj ett alternativ' }));
    expect(screen.getByRole('radio', { name: 'Pizza' })).toHaveFocus();
  });

  it('votes by keyboard, then shows results as a table with counts and percentages and focuses them', async () => {
    const user = userEvent.setup();
    const spy = jest.fn();
    renderConversation(<Harness onVoteSpy={spy} />, { language: Language.SV });
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Pizza' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Sushi' })).toBeChecked();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(spy).toHaveBeenCalledWith(['o2']);

    const resultsHeading = await screen.findByRole('heading', { name: 'Resultat' });
    await waitFor(() => expect(resultsHeading).toHaveFocus());
    await waitFor(() => expect(announcer()).toHaveTextContent('Din röst är registrerad.'));
    const table = screen.getByRole('table', { name: 'Resultat: 4 personer har röstat' });
    const rows = within(table)
      .getAllByRole('row')
      .map((r) => r.textContent?.replace(/\u00a0/g, ' '));
    expect(rows).toEqual(['AlternativRösterAndel', 'Pizza250 %', 'Sushi (ditt val)250 %', 'Soppa00 %']);
    expect(within(table).getByRole('rowheader', { name: 'Sushi (ditt val)' })).toBeInTheDocument();
    expect(screen.getByText('Lika många röster: Pizza, Sushi')).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });

  it('changes a vote: the form opens with the earlier choice and focus, Cancel returns to the button', async () => {
    const user = userEvent.setup();
    const spy = jest.fn();
    const voted: Poll = {
      ...base,
      multiple: true,
      anonymous: false,
      viewerHasVoted: true,
      resultsVisible: true,
      voterCount: 2,
      options: [
        { id: 'o1', text: 'Pizza', voteCount: 2, viewerChose: true },
        { id: 'o2', text: 'Sushi', voteCount: 1, viewerChose: false },
        { id: 'o3', text: 'Soppa', voteCount: 0, viewerChose: false },
      ],
    };
    renderConversation(<Harness start={voted} onVoteSpy={spy} />);
    expect(screen.getByText('Open: others can see what you voted for.')).toBeInTheDocument();
    expect(screen.getByText('Most votes: Pizza (100%)')).toBeInTheDocument();
    const change = screen.getByRole('button', { name: 'Change your vote' });
    await user.click(change);
    const group = screen.getByRole('group', { name: 'Var ska vi äta?' });
    expect(group).toHaveAccessibleDescription('Choose one or more options.');
    const pizza = within(group).getByRole('checkbox', { name: 'Pizza' });
    expect(pizza).toBeChecked();
    expect(pizza).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Change your vote' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Change your vote' }));
    await user.click(screen.getByRole('checkbox', { name: 'Pizza' }));
    await user.click(screen.getByRole('button', { name: 'Save changed vote' }));
    expect(spy).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Choose at least one option' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Sushi' }));
    await user.click(screen.getByRole('checkbox', { name: 'Soppa' }));
    await user.click(screen.getByRole('button', { name: 'Save changed vote' }));
    expect(spy).toHaveBeenCalledWith(['o2', 'o3']);
    expect(
      await screen.findByText('Shares are of the people who voted; each could choose several.'),
    ).toBeInTheDocument();
  });

  it('when closed: no voting, the closing time and the results', () => {
    renderConversation(
      <PollWidget
        poll={{
          ...base,
          closed: true,
          closesAt: '2026-11-20T15:00:00.000Z',
          resultsVisible: true,
          voterCount: 0,
          options: base.options.map((o) => ({ ...o, voteCount: 0 })),
        }}
        onVote={jest.fn()}
      />,
    );
    expect(screen.getByText('This poll is closed.')).toBeInTheDocument();
    expect(screen.getByText(/^Closed 20 Nov 2026/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText('No one has voted yet.')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Results: 0 people have voted' })).toBeInTheDocument();
  });
});
