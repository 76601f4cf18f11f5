import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';
import { CreatePostDocument } from '../api/post-mutations';
import { poll, post, spaceDetails, spacePosts } from '../test/spaces-fixtures';

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(20_000);

async function openComposer() {
  const composer = await screen.findByRole('region', { name: 'Write a post' });
  return composer;
}

describe('post composer', () => {
  it('refuses an empty post with an error summary that links to the text', async () => {
    const user = userEvent.setup();
    renderApp({ route: '/spaces/s-1', mocks: [signedIn(), spaceDetails('OPEN', 'ACTIVE'), spacePosts([])] });
    const composer = await openComposer();
    await user.click(within(composer).getByRole('button', { name: 'Publish post' }));
    const link = await within(composer).findByRole('link', { name: 'Write some text, add a link or add a poll' });
    await waitFor(() => expect(link.closest('.error-summary')).toHaveFocus());
    expect(link).toHaveAttribute('href', '#post-text');
    expect(within(composer).getByRole('textbox', { name: 'Text' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('checks the link and every poll field before sending, each error linked to its field', async () => {
    const user = userEvent.setup();
    renderApp({ route: '/spaces/s-1', mocks: [signedIn(), spaceDetails('OPEN', 'ACTIVE'), spacePosts([])] });
    const composer = await openComposer();
    await user.type(within(composer).getByRole('textbox', { name: 'Link (optional)' }), 'javascript:alert(1)');
    await user.click(within(composer).getByRole('checkbox', { name: 'Add a poll' }));
    await user.type(within(composer).getByRole('textbox', { name: 'Option 1' }), 'Tuesday');
    await user.type(within(composer).getByRole('textbox', { name: 'Option 2' }), 'tuesday');
    await user.click(within(composer).getByRole('button', { name: 'Publish post' }));

    const summary = await within(composer).findByRole('heading', { name: 'There is a problem' });
    const links = within(summary.closest('.error-summary') as HTMLElement).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Enter a link that starts with http:// or https://', '#post-link'],
      ['Enter the poll question', '#poll-question'],
      ['Option 2 is the same as another option', '#poll-option-1'],
    ]);
  });

  it('adds and removes options with focus on the option one is at, up to ten', async () => {
    const user = userEvent.setup();
    renderApp({ route: '/spaces/s-1', mocks: [signedIn(), spaceDetails('OPEN', 'ACTIVE'), spacePosts([])] });
    const composer = await openComposer();
    await user.click(within(composer).getByRole('checkbox', { name: 'Add a poll' }));
    // Two options are the minimum: no remove buttons yet.
    expect(within(composer).queryByRole('button', { name: /Remove option/ })).not.toBeInTheDocument();
    await user.click(within(composer).getByRole('button', { name: 'Add option' }));
    expect(within(composer).getByRole('textbox', { name: 'Option 3' })).toHaveFocus();
    await user.click(within(composer).getByRole('button', { name: 'Remove option 3' }));
    expect(within(composer).getByRole('textbox', { name: 'Option 2' })).toHaveFocus();
    for (let i = 3; i <= 10; i++) await user.click(within(composer).getByRole('button', { name: 'Add option' }));
    expect(within(composer).getAllByRole('textbox', { name: /^Option \d+$/ })).toHaveLength(10);
    expect(within(composer).queryByRole('button', { name: 'Add option' })).not.toBeInTheDocument();
    expect(within(composer).getByText('A poll has at most 10 options.')).toBeInTheDocument();
  });

  it('publishes text as paragraphs with a named multiple-choice poll, announces it and starts over', async () => {
    const user = userEvent.setup();
    const input = {
      bodyHtml: '<p>Which days suit you?</p><p>Answer by Friday &amp; thanks</p>',
      link: null,
      poll: { question: 'Which days?', options: ['Tuesday', 'Thursday', 'Friday'], choice: 'MULTIPLE', ballot: 'NAMED', closesAt: null },
    };
    const created = post('p-new', { bodyHtml: input.bodyHtml, poll: poll({ question: 'Which days?', choice: 'MULTIPLE', ballot: 'NAMED' }) });
    const createPost = jest.fn(() => ({ data: { createPost: created } }));
    renderApp({
      route: '/spaces/s-1',
      mocks: [
        signedIn(),
        spaceDetails('OPEN', 'ACTIVE'),
        spacePosts([], 1),
        { request: { query: CreatePostDocument, variables: { spaceId: 's-1', input } }, result: createPost },
        spacePosts([created]),
      ],
    });
    const composer = await openComposer();
    const text = within(composer).getByRole('textbox', { name: 'Text' });
    await user.type(text, 'Which days suit you?{Enter}{Enter}Answer by Friday & thanks');
    await user.click(within(composer).getByRole('checkbox', { name: 'Add a poll' }));
    await user.type(within(composer).getByRole('textbox', { name: 'Question' }), 'Which days?');
    await user.type(within(composer).getByRole('textbox', { name: 'Option 1' }), 'Tuesday');
    await user.type(within(composer).getByRole('textbox', { name: 'Option 2' }), 'Thursday');
    await user.click(within(composer).getByRole('button', { name: 'Add option' }));
    await user.keyboard('Friday');
    await user.click(within(composer).getByRole('radio', { name: 'Several options' }));
    await user.click(within(composer).getByRole('radio', { name: 'Yes, named: everyone sees who voted for what' }));
    await user.click(within(composer).getByRole('button', { name: 'Publish post' }));

    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('Your post was published'));
    expect(createPost).toHaveBeenCalledTimes(1);
    expect(text).toHaveValue('');
    expect(text).toHaveFocus();
    expect(within(composer).queryByRole('textbox', { name: 'Question' })).not.toBeInTheDocument();
    expect(await screen.findByRole('group', { name: 'Which days?' })).toBeInTheDocument();
  });
});
