import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { useFragment } from '@apollo/client/react';
import { I18nextProvider } from 'react-i18next';
import { Language } from '@commons/shared';
import type { SpacePollFieldsFragment } from '@commons/web-graphql';
import { createCache } from '@/app/apollo/apollo-client';
import { AnnouncerProvider } from '@/components/ui/announcer';
import { createI18n } from '@/i18n/i18n';
import { VoteDocument } from '../api/post-mutations';
import { SpacePollFieldsFragment as SpacePollFields } from '../api/space-posts.query';
import { poll as pollFixture } from '../test/spaces-fixtures';
import { SpacePoll, type PollHeadingLevel } from './space-poll';

const announcer = () => screen.getByTestId('announcer');

function pollWith(extra: Record<string, unknown> = {}) {
  return pollFixture(extra) as unknown as SpacePollFieldsFragment;
}

function results(counts: [string, number][], totalVoters: number, voters: Record<string, string[]> = {}) {
  return {
    __typename: 'PollResults',
    totalVoters,
    options: counts.map(([optionId, count]) => ({
      __typename: 'PollOptionResult',
      optionId,
      count,
      voters:
        voters[optionId]?.map((name, i) => ({
          __typename: 'Person',
          id: `v-${optionId}-${i}`,
          displayName: name,
        })) ?? null,
    })),
  };
}

/** The poll as the app has it: read from the cache, so a vote's answer updates it. */
function CachedPoll({ id, headingLevel }: { id: string; headingLevel?: PollHeadingLevel }) {
  const { data, complete } = useFragment({ fragment: SpacePollFields, from: { __typename: 'Poll', id } });
  return complete ? <SpacePoll poll={data} headingLevel={headingLevel} /> : null;
}

function renderPoll(
  poll: SpacePollFieldsFragment,
  {
    mocks = [],
    language = Language.EN,
    headingLevel,
  }: { mocks?: MockLink.MockedResponse[]; language?: Language; headingLevel?: PollHeadingLevel } = {},
) {
  const cache = createCache();
  cache.writeFragment({ fragment: SpacePollFields, data: poll });
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <MockedProvider mocks={mocks} cache={cache}>
        <AnnouncerProvider delayMs={0}>
          <CachedPoll id={poll.id} headingLevel={headingLevel} />
        </AnnouncerProvider>
      </MockedProvider>
    </I18nextProvider>,
  );
}

describe('SpacePoll', () => {
  it('votes: the results table replaces the form, focus moves to the question, the vote is announced', async () => {
    const user = userEvent.setup();
    const voted = pollWith({
      viewerVote: ['o-2'],
      results: results(
        [
          ['o-1', 1],
          ['o-2', 3],
        ],
        4,
      ),
    });
    renderPoll(pollWith(), {
      mocks: [
        {
          request: { query: VoteDocument, variables: { pollId: 'poll-1', optionIds: ['o-2'] } },
          result: { data: { vote: voted } },
        },
      ],
    });
    const group = screen.getByRole('group', { name: 'Which day?' });
    await user.click(within(group).getByRole('radio', { name: 'Thursday' }));
    await user.click(screen.getByRole('button', { name: 'Vote' }));

    const heading = await screen.findByRole('heading', { level: 4, name: 'Which day?' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(announcer()).toHaveTextContent('Your vote was saved');
    const table = screen.getByRole('table', { name: 'Results: 4 people have voted' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['1', '25%'],
      ['3', '75%'],
    ]);
    expect(within(rows[1]).getByRole('rowheader')).toHaveTextContent('Thursday (your choice)');
    expect(screen.getByText('Most votes: Thursday (75%)')).toBeInTheDocument();
  });

  it('asks for a choice before sending anything', async () => {
    const user = userEvent.setup();
    renderPoll(pollWith());
    await user.click(screen.getByRole('button', { name: 'Vote' }));
    expect(screen.getByText('Choose an option')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Which day?' })).toHaveAccessibleDescription(/Choose an option/);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says the poll has closed when the vote comes too late, and keeps the form', async () => {
    const user = userEvent.setup();
    renderPoll(pollWith(), {
      mocks: [
        {
          request: { query: VoteDocument, variables: { pollId: 'poll-1', optionIds: ['o-1'] } },
          result: {
            errors: [{ message: 'Closed', extensions: { code: 'BAD_USER_INPUT', reason: 'POLL_CLOSED' } }],
          },
        },
      ],
    });
    await user.click(screen.getByRole('radio', { name: 'Tuesday' }));
    await user.click(screen.getByRole('button', { name: 'Vote' }));
    expect(await screen.findByText('The poll has closed')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Tuesday' })).toBeChecked();
  });

  it('changes a vote: the form comes back with the earlier choice, cancel returns to the results', async () => {
    const user = userEvent.setup();
    renderPoll(
      pollWith({
        viewerVote: ['o-1'],
        results: results(
          [
            ['o-1', 1],
            ['o-2', 0],
          ],
          1,
        ),
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Change vote' }));
    const tuesday = screen.getByRole('radio', { name: 'Tuesday' });
    expect(tuesday).toBeChecked();
    await waitFor(() => expect(tuesday).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Which day?' })).toHaveFocus());
  });

  it('a closed poll shows its results without a vote button, named voters per option, a tie said in words', async () => {
    renderPoll(
      pollWith({
        closed: true,
        ballot: 'NAMED',
        choice: 'MULTIPLE',
        results: results(
          [
            ['o-1', 2],
            ['o-2', 2],
          ],
          3,
          { 'o-1': ['Anna Andersson', 'Bo Ekström'], 'o-2': ['Cia Berg', 'Bo Ekström'] },
        ),
      }),
    );
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getByText(/Closed/)).toBeInTheDocument();
    expect(screen.getByText('Tied for most votes: Tuesday, Thursday')).toBeInTheDocument();
    const tuesday = screen.getByRole('rowheader', { name: /Tuesday/ });
    expect(tuesday).toHaveTextContent('Voted: Anna Andersson, Bo Ekström');
    // With several choices each, shares add up to more than 100 %: say what they are of.
    expect(screen.getByText(/each could choose several/)).toBeInTheDocument();
    expect(screen.getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', '67%', '2', '67%']);
  });

  it('before anyone votes in a closed poll it says so; in Swedish the share is written the Swedish way', () => {
    const { unmount } = renderPoll(
      pollWith({
        closed: true,
        results: results(
          [
            ['o-1', 0],
            ['o-2', 0],
          ],
          0,
        ),
      }),
    );
    expect(screen.getByText('No one has voted yet.')).toBeInTheDocument();
    unmount();
    renderPoll(
      pollWith({
        viewerVote: ['o-1'],
        results: results(
          [
            ['o-1', 1],
            ['o-2', 2],
          ],
          3,
        ),
      }),
      { language: Language.SV },
    );
    expect(screen.getByRole('table', { name: 'Resultat: 3 personer har röstat' })).toBeInTheDocument();
    // sv-SE percent: a (no-break) space before the sign.
    expect(screen.getAllByRole('cell')[1].textContent).toMatch(/^33\s%$/);
  });

  it('takes its heading level from the card it is in (h3 under a post page h2)', () => {
    renderPoll(
      pollWith({
        viewerVote: ['o-1'],
        results: results(
          [
            ['o-1', 1],
            ['o-2', 0],
          ],
          1,
        ),
      }),
      { headingLevel: 3 },
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Which day?' })).toBeInTheDocument();
  });
});
