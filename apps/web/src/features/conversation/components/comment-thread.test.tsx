import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Language } from '@commons/shared';
import { aComment, bo, erik, searchPeople } from '../test/conversation-fixtures';
import { Harness } from '../test/comment-thread-harness';
import { announcer, renderConversation } from '../test/render-conversation';
import { CommentThread } from './comment-thread';
import { paths } from '@/config/paths';

describe('CommentThread', () => {
  it('shows each comment as an article headed by author and date, replies one level down, oldest first', () => {
    renderConversation(<Harness />, { language: Language.SV });
    const thread = screen.getByRole('region', { name: 'Kommentarer' });
    expect(within(thread).getByText('5 kommentarer')).toBeInTheDocument();
    const articles = within(thread).getAllByRole('article');
    expect(articles.map((a) => within(a).getAllByRole('heading')[0].textContent?.split(' ')[0])).toEqual([
      'Anna',
      'Bo',
      'Erik',
      'Bo',
      'Erik',
    ]);
    const first = articles[0];
    expect(within(first).getByRole('heading', { level: 3 })).toHaveTextContent(/^Anna Lind 23 nov\. 2026/);
    expect(within(first).getByRole('link', { name: '@Erik Sund' })).toHaveAttribute(
      'href',
      paths.person.to('p-erik'),
    );
    const replies = screen.getByRole('list', { name: 'Svar på kommentaren från Anna Lind' });
    expect(within(replies).getAllByRole('heading', { level: 4 })).toHaveLength(2);
    // Edited, removed and hidden states are words.
    expect(within(articles[1]).getByText('redigerad')).toBeInTheDocument();
    expect(within(articles[2]).getByText('Kommentaren har tagits bort.')).toBeInTheDocument();
    expect(within(articles[2]).queryByRole('button')).not.toBeInTheDocument();
    expect(within(articles[3]).getByText('Dold av en moderator: Personuppgifter')).toBeInTheDocument();
    expect(within(articles[3]).getByText('Bara du och moderatorerna ser kommentaren.')).toBeInTheDocument();
  });

  it('opens links inside a comment, such as mentions, through the router', async () => {
    const user = userEvent.setup();
    const { router } = renderConversation(<Harness />);
    await user.click(screen.getByRole('link', { name: '@Erik Sund' }));
    expect(router.state.location.pathname).toBe(paths.person.to('p-erik'));
  });

  it('offers reply on top-level comments only, and a menu named with the author holding what the viewer may do', async () => {
    const user = userEvent.setup();
    renderConversation(<Harness />);
    expect(screen.getAllByRole('button', { name: /^Reply/ }).map((b) => b.textContent)).toEqual([
      'Reply to the comment by Anna Lind',
      'Reply to the comment by Bo Ek',
      'Reply to the comment by Erik Sund',
    ]);
    const annaMenu = screen.getByRole('button', { name: 'More for the comment by Anna Lind' });
    expect(annaMenu).toHaveAttribute('aria-haspopup', 'menu');
    expect(annaMenu).toHaveAttribute('aria-expanded', 'false');
    await user.click(annaMenu);
    expect(annaMenu).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('menuitem').map((i) => i.textContent)).toEqual(['Report']);
    await user.keyboard('{Escape}');
    expect(annaMenu).toHaveFocus();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    const mine = screen.getAllByRole('button', { name: 'More for the comment by Bo Ek' })[0];
    mine.focus();
    await user.keyboard('{ArrowDown}');
    const items = screen.getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['Edit', 'Delete']);
    expect(items[0]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{End}');
    expect(items[1]).toHaveFocus();
    await user.keyboard('{Home}');
    expect(items[0]).toHaveFocus();
    await user.keyboard('{Escape}');
    await user.keyboard('{ArrowUp}');
    expect(screen.getAllByRole('menuitem')[1]).toHaveFocus();
    await user.tab();
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('posts a comment from the keyboard: announced, field emptied and still focused, mention sent as a link', async () => {
    const user = userEvent.setup();
    const add = jest.fn();
    renderConversation(<Harness spies={{ add }} />);
    const field = screen.getByRole('textbox', { name: 'Write a comment' });
    expect(field).toHaveAccessibleDescription(
      'Type @ and the start of a name to mention someone. At most 10,000 characters.',
    );
    await user.click(field);
    await user.keyboard('Tack @an');
    await screen.findByRole('option', { name: /^Anna Lind/ });
    await user.keyboard('{Enter}& <b>alla</b>');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Post' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(add).toHaveBeenCalledWith(
      '<p>Tack <a data-mention="p-anna" href="/people/p-anna">@Anna Lind</a> &amp; &lt;b&gt;alla&lt;/b&gt;</p>',
      null,
    );
    await waitFor(() => expect(announcer()).toHaveTextContent('Your comment has been posted.'));
    expect(field).toHaveValue('');
    expect(screen.getAllByRole('article')).toHaveLength(6);
  });

  it('refuses an empty comment or one over the limit with the error summary, sending nothing', async () => {
    const user = userEvent.setup();
    const add = jest.fn();
    renderConversation(<Harness spies={{ add }} maxLength={10} />);
    await user.click(screen.getByRole('button', { name: 'Post' }));
    expect(add).not.toHaveBeenCalled();
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'There is a problem' }).parentElement).toHaveFocus(),
    );
    const field = screen.getByRole('textbox', { name: 'Write a comment' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('link', { name: 'Write something before you post' }));
    expect(field).toHaveFocus();

    // The limit counts the text as written, like the API's (not "<p>Tolv &amp; tre!</p>", 22).
    await user.keyboard('Tolv & tre!');
    expect(screen.getByText('1 character too many')).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription(/1 character too many/);
    await user.click(screen.getByRole('button', { name: 'Post' }));
    expect(add).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'A comment can be at most 10 characters' })).toBeInTheDocument();
  });

  it('keeps the text and shows the error when the server refuses', async () => {
    const user = userEvent.setup();
    renderConversation(<Harness onAdd={() => Promise.reject(new TypeError('Failed to fetch'))} />);
    const field = screen.getByRole('textbox', { name: 'Write a comment' });
    await user.type(field, 'Hej');
    await user.click(screen.getByRole('button', { name: 'Post' }));
    expect(await screen.findByRole('link', { name: /Commons could not be reached/ })).toBeInTheDocument();
    expect(field).toHaveValue('Hej');
  });

  it('replies inline: the form takes focus, Cancel and Save return it to Reply, the reply is announced', async () => {
    const user = userEvent.setup();
    const add = jest.fn();
    renderConversation(<Harness spies={{ add }} />);
    const reply = screen.getByRole('button', { name: 'Reply to the comment by Erik Sund' });
    await user.click(reply);
    expect(reply).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('textbox', { name: 'Your reply to Erik Sund' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(reply).toHaveFocus());
    expect(screen.queryByRole('textbox', { name: 'Your reply to Erik Sund' })).not.toBeInTheDocument();

    await user.keyboard('{Enter}');
    await user.keyboard('Instämmer');
    await user.click(screen.getByRole('button', { name: 'Reply' }));
    expect(add).toHaveBeenCalledWith('<p>Instämmer</p>', 'c3');
    await waitFor(() => expect(reply).toHaveFocus());
    await waitFor(() => expect(announcer()).toHaveTextContent('Your reply has been posted.'));
    expect(screen.getByRole('list', { name: 'Replies to the comment by Erik Sund' })).toHaveTextContent(
      'Instämmer',
    );
  });

  it('edits from the menu: the text comes back with its mentions, Save returns focus to the menu button', async () => {
    const user = userEvent.setup();
    const edit = jest.fn();
    renderConversation(<Harness spies={{ edit }} />);
    // Bo's reply to Anna: the first of Bo's comments in reading order.
    const menu = screen.getAllByRole('button', { name: 'More for the comment by Bo Ek' })[0];
    await user.click(menu);
    await user.click(screen.getByRole('menuitem', { name: 'Edit' }));
    const field = screen.getByRole('textbox', { name: 'Edit the comment' });
    expect(field).toHaveFocus();
    expect(field).toHaveValue('Comment c1r1');
    await user.clear(field);
    await user.keyboard('Rättat, @er');
    await user.click(await screen.findByRole('option', { name: /Erik Sund/ }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(edit).toHaveBeenCalledWith(
      'c1r1',
      '<p>Rättat, <a data-mention="p-erik" href="/people/p-erik">@Erik Sund</a></p>',
    );
    await waitFor(() =>
      expect(screen.getAllByRole('button', { name: 'More for the comment by Bo Ek' })[0]).toHaveFocus(),
    );
    await waitFor(() => expect(announcer()).toHaveTextContent('Your change has been saved.'));
  });

  it('"Show more" appends the next page and focuses the first new comment', async () => {
    const user = userEvent.setup();
    renderConversation(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Show more comments' }));
    const articles = await screen.findAllByRole('article');
    await waitFor(() => expect(within(articles[5]).getAllByRole('heading')[0]).toHaveFocus());
    expect(articles[5]).toHaveTextContent('Comment c4');
    expect(screen.queryByRole('button', { name: 'Show more comments' })).not.toBeInTheDocument();
  });

  it('says comments are closed and offers no form or reply', () => {
    renderConversation(<Harness closed />);
    expect(screen.getByText('Comments are closed.')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Reply/ })).not.toBeInTheDocument();
  });

  it('says so when there are no comments', () => {
    renderConversation(<Harness comments={[]} hasMore={false} totalCount={0} />, { language: Language.SV });
    expect(screen.getByText('0 kommentarer')).toBeInTheDocument();
    expect(screen.getByText('Inga kommentarer ännu.')).toBeInTheDocument();
  });

  it('offers new comments from others as one button with one polite message, then focuses the first of them', async () => {
    const user = userEvent.setup();
    function LiveHarness() {
      const [comments, setComments] = useState([aComment({ id: 'c1' })]);
      const [fresh, setFresh] = useState(0);
      return (
        <>
          <button type="button" onClick={() => setFresh(2)}>
            Server push
          </button>
          <CommentThread
            comments={comments}
            totalCount={comments.length + fresh}
            hasMore={false}
            onShowMore={() => undefined}
            newCommentCount={fresh}
            onShowNewComments={async () => {
              setComments((list) => [
                ...list,
                aComment({ id: 'n1', author: erik }),
                aComment({ id: 'n2', author: bo }),
              ]);
              setFresh(0);
            }}
            canComment
            onAdd={async () => undefined}
            onEdit={async () => undefined}
            onDelete={async () => undefined}
            onReport={async () => undefined}
            searchPeople={searchPeople}
          />
        </>
      );
    }
    renderConversation(<LiveHarness />, { language: Language.SV });
    expect(screen.queryByRole('button', { name: /nya kommentarer/ })).not.toBeInTheDocument();
    expect(announcer()).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'Server push' }));
    await waitFor(() => expect(announcer()).toHaveTextContent('2 nya kommentarer'));
    // Nothing was inserted under the reader.
    expect(screen.getAllByRole('article')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: '2 nya kommentarer' }));
    const articles = screen.getAllByRole('article');
    expect(articles).toHaveLength(3);
    await waitFor(() => expect(within(articles[1]).getAllByRole('heading')[0]).toHaveFocus());
    expect(screen.queryByRole('button', { name: /nya kommentarer/ })).not.toBeInTheDocument();
  });
});
