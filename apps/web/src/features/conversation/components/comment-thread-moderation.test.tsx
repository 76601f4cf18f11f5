import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Language } from '@commons/shared';
import { aComment, bo, erik } from '../test/conversation-fixtures';
import { Harness } from '../test/comment-thread-harness';
import { announcer, renderConversation } from '../test/render-conversation';

describe('CommentThread: deleting, reporting and moderated comments', () => {
  it('tells a moderator who is not the author who can see a hidden comment', () => {
    renderConversation(<Harness viewerId={erik.id} />);
    expect(screen.getByText('Hidden by a moderator: Personuppgifter')).toBeInTheDocument();
    expect(screen.getByText('Only its author and the moderators can see this comment.')).toBeInTheDocument();
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
            author: null,
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
});
