import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Language } from '@commons/shared';
import { aComment, anna, bo, erik, searchPeople } from '../test/conversation-fixtures';
import { announcer, polyfillDialog, renderConversation } from '../test/render-conversation';
import type { ConversationComment } from '../types';
import { CommentThread, type CommentThreadProps } from './comment-thread';

beforeAll(polyfillDialog);

const viewer = bo;

function initialComments(): ConversationComment[] {
  return [
    aComment({
      id: 'c1',
      author: anna,
      bodyHtml:
        '<p>Välkomna! Hör av er till <a data-mention="p-erik" href="/people/p-erik">@Erik Sund</a>.</p>',
      replies: [
        aComment({
          id: 'c1r1',
          author: viewer,
          viewerCanEdit: true,
          viewerCanDelete: true,
          viewerCanReport: false,
          editedAt: '2026-11-23T10:00:00.000Z',
        }),
        aComment({ id: 'c1r2', author: erik, deleted: true, bodyHtml: null, viewerCanReport: false }),
      ],
    }),
    aComment({
      id: 'c2',
      author: viewer,
      hidden: true,
      hiddenReason: 'Personuppgifter',
      viewerCanEdit: true,
      viewerCanDelete: true,
      viewerCanReport: false,
    }),
    aComment({ id: 'c3', author: erik }),
  ];
}

/** Plays the API: adds, edits, soft-deletes and pages through comments held in state. */
function Harness(
  props: Partial<CommentThreadProps> & {
    spies?: Partial<Record<'add' | 'edit' | 'del' | 'report', jest.Mock>>;
  },
) {
  const { spies = {}, ...rest } = props;
  const [comments, setComments] = useState(initialComments);
  const [more, setMore] = useState(true);
  let next = 100;
  const update = (id: string, change: (c: ConversationComment) => ConversationComment) =>
    setComments((list) =>
      list.map((c) =>
        c.id === id ? change(c) : { ...c, replies: c.replies?.map((r) => (r.id === id ? change(r) : r)) },
      ),
    );
  return (
    <CommentThread
      comments={comments}
      totalCount={comments.reduce((n, c) => n + 1 + (c.replies?.length ?? 0), 0)}
      hasMore={more}
      onShowMore={async () => {
        setComments((list) => [
          ...list,
          aComment({ id: 'c4', author: erik }),
          aComment({ id: 'c5', author: anna }),
        ]);
        setMore(false);
      }}
      canComment
      onAdd={async (bodyHtml, parentId) => {
        spies.add?.(bodyHtml, parentId);
        const comment = aComment({
          id: `n${next++}`,
          author: viewer,
          bodyHtml,
          viewerCanEdit: true,
          viewerCanDelete: true,
        });
        setComments((list) =>
          parentId
            ? list.map((c) => (c.id === parentId ? { ...c, replies: [...(c.replies ?? []), comment] } : c))
            : [...list, comment],
        );
      }}
      onEdit={async (id, bodyHtml) => {
        spies.edit?.(id, bodyHtml);
        update(id, (c) => ({ ...c, bodyHtml, editedAt: '2026-11-23T12:00:00.000Z' }));
      }}
      onDelete={async (id, reason) => {
        spies.del?.(id, reason);
        update(id, (c) => ({ ...c, deleted: true, bodyHtml: null }));
      }}
      onReport={async (id, reason) => {
        spies.report?.(id, reason);
      }}
      searchPeople={searchPeople}
      viewerId={viewer.id}
      debounceMs={0}
      {...rest}
    />
  );
}

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
    expect(within(first).getByRole('link', { name: '@Erik Sund' })).toHaveAttribute('href', '/people/p-erik');
    const replies = screen.getByRole('list', { name: 'Svar på kommentaren från Anna Lind' });
    expect(within(replies).getAllByRole('heading', { level: 4 })).toHaveLength(2);
    // Edited, removed and hidden states are words.
    expect(within(articles[1]).getByText('redigerad')).toBeInTheDocument();
    expect(within(articles[2]).getByText('Kommentaren har tagits bort.')).toBeInTheDocument();
    expect(within(articles[2]).queryByRole('button')).not.toBeInTheDocument();
    expect(within(articles[3]).getByText('Dold av en moderator: Personuppgifter')).toBeInTheDocument();
    expect(within(articles[3]).getByText('Bara du och moderatorerna ser kommentaren.')).toBeInTheDocument();
  });

  it('tells a moderator who is not the author who can see a hidden comment', () => {
    renderConversation(<Harness viewerId={erik.id} />);
    expect(screen.getByText('Hidden by a moderator: Personuppgifter')).toBeInTheDocument();
    expect(screen.getByText('Only its author and the moderators can see this comment.')).toBeInTheDocument();
  });

  it('opens links inside a comment, such as mentions, through the router', async () => {
    const user = userEvent.setup();
    const { router } = renderConversation(<Harness />);
    await user.click(screen.getByRole('link', { name: '@Erik Sund' }));
    expect(router.state.location.pathname).toBe('/people/p-erik');
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

  it('deletes after confirmation (focus starts on Cancel) and moves focus to the next comment', async () => {
    const user = userEvent.setup();
    const del = jest.fn();
    renderConversation(<Harness spies={{ del }} />);
    const mine = screen.getAllByRole('button', { name: 'More for the comment by Bo Ek' });
    // The second: Bo's own hidden top-level comment c2; the next comment is Erik's c3.
    await user.click(mine[1]);
    await user.click(screen.getByRole('menuitem', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this comment?' });
    expect(dialog).toHaveAccessibleDescription(/This cannot be undone/);
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(mine[1]).toHaveFocus();
    expect(del).not.toHaveBeenCalled();

    await user.click(mine[1]);
    await user.click(screen.getByRole('menuitem', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Delete the comment' }));
    expect(del).toHaveBeenCalledWith('c2', undefined);
    const erikHeading = within(screen.getAllByRole('article')[4]).getAllByRole('heading')[0];
    expect(erikHeading).toHaveTextContent(/^Erik Sund/);
    await waitFor(() => expect(erikHeading).toHaveFocus());
    await waitFor(() => expect(announcer()).toHaveTextContent('The comment has been deleted.'));
    expect(screen.getAllByText('This comment has been removed.')).toHaveLength(2);
  });

  it('asks a moderator deleting someone else’s comment why, in a labelled dialog, then moves focus on', async () => {
    const user = userEvent.setup();
    const del = jest.fn();
    // Erik moderates: Bo's hidden comment c2 is not his.
    renderConversation(<Harness spies={{ del }} viewerId={erik.id} />);
    const menu = screen.getAllByRole('button', { name: 'More for the comment by Bo Ek' })[1];
    await user.click(menu);
    await user.click(screen.getByRole('menuitem', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete the comment by Bo Ek' });
    const reason = within(dialog).getByRole('textbox', { name: 'Reason' });
    expect(reason).toHaveFocus();
    expect(reason).toHaveAccessibleDescription(
      'For example personal data or a personal attack. At most 1,000 characters.',
    );
    expect(within(dialog).getByText(/the reason is kept in the audit log/)).toBeInTheDocument();

    // No reason: the error summary takes focus and links to the field; nothing is sent.
    await user.click(within(dialog).getByRole('button', { name: 'Delete the comment' }));
    await waitFor(() =>
      expect(within(dialog).getByRole('heading', { name: 'There is a problem' }).parentElement).toHaveFocus(),
    );
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(
      within(dialog).getByRole('link', { name: 'Write why you are deleting the comment' }),
    ).toBeInTheDocument();
    expect(del).not.toHaveBeenCalled();
    // Esc closes without deleting; focus goes back to the menu button.
    await user.keyboard('{Escape}');
    expect(menu).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(menu);
    await user.click(screen.getByRole('menuitem', { name: 'Delete' }));
    await user.type(screen.getByRole('textbox', { name: 'Reason' }), '  Personuppgifter ');
    await user.click(screen.getByRole('button', { name: 'Delete the comment' }));
    expect(del).toHaveBeenCalledWith('c2', 'Personuppgifter');
    const erikHeading = within(screen.getAllByRole('article')[4]).getAllByRole('heading')[0];
    await waitFor(() => expect(erikHeading).toHaveFocus());
    await waitFor(() => expect(announcer()).toHaveTextContent('The comment has been deleted.'));
  });

  it('shows a comment withheld by a moderator as a placeholder holding its replies, without author or actions', () => {
    renderConversation(
      <Harness
        comments={[
          aComment({
            id: 'w1',
            author: anna,
            withheld: true,
            bodyHtml: null,
            viewerCanReport: false,
            replies: [aComment({ id: 'w1r1', author: erik })],
          }),
          aComment({ id: 'c9', author: bo }),
        ]}
        hasMore={false}
        renderReactions={(comment) => <span>Reactions to {comment.id}</span>}
      />,
      { language: Language.SV },
    );
    const [placeholder, reply] = screen.getAllByRole('article');
    expect(within(placeholder).getAllByRole('heading')[0]).toHaveTextContent(/^Dold kommentar 23 nov\. 2026/);
    expect(placeholder).toHaveTextContent('Kommentaren har dolts av en moderator.');
    expect(placeholder).not.toHaveTextContent('Anna');
    expect(placeholder).not.toHaveTextContent('Reactions to w1');
    // Nothing to do on it: no reply, no menu; its reply keeps its own.
    expect(within(placeholder).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /^Svara/ }).map((b) => b.textContent)).toEqual([
      'Svara på kommentaren från Bo Ek',
    ]);
    const replies = screen.getByRole('list', { name: 'Svar på den dolda kommentaren' });
    expect(replies).toContainElement(reply);
    expect(reply).toHaveTextContent('Comment w1r1');
    expect(within(reply).getByText('Reactions to w1r1')).toBeInTheDocument();
    expect(
      within(reply).getByRole('button', { name: 'Mer för kommentaren från Erik Sund' }),
    ).toBeInTheDocument();
  });

  it('moves focus to the thread heading when the deleted comment was the last one', async () => {
    const user = userEvent.setup();
    renderConversation(
      <Harness
        comments={[aComment({ id: 'only', author: bo, viewerCanDelete: true })]}
        hasMore={false}
        onDelete={async () => undefined}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'More for the comment by Bo Ek' }));
    await user.click(screen.getByRole('menuitem', { name: 'Delete' }));
    await user.click(screen.getByRole('button', { name: 'Delete the comment' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Comments' })).toHaveFocus());
  });

  it('reports with a reason in a modal named after the comment and returns focus to its menu button', async () => {
    const user = userEvent.setup();
    const report = jest.fn();
    renderConversation(<Harness spies={{ report }} />);
    const menu = screen.getByRole('button', { name: 'More for the comment by Erik Sund' });
    await user.click(menu);
    await user.keyboard('{Enter}');
    const dialog = screen.getByRole('dialog', { name: 'Report the comment by Erik Sund' });
    expect(within(dialog).getByRole('textbox', { name: 'Reason' })).toHaveFocus();
    await user.keyboard('Off topic');
    await user.click(within(dialog).getByRole('button', { name: 'Send report' }));
    expect(report).toHaveBeenCalledWith('c3', 'Off topic');
    await waitFor(() => expect(menu).toHaveFocus());
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
