import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stubLayout } from '../test/jsdom-layout';
import { renderWithI18n } from '../test/render-with-i18n';
import { RichTextEditor } from './rich-text-editor';

beforeAll(stubLayout);

describe('rich-text editor', () => {
  it('lets Tab leave the text even inside a list (no keyboard trap), and Shift+Tab reach the toolbar', async () => {
    const user = userEvent.setup();
    const onChange = jest.fn();
    renderWithI18n(
      <>
        <p id="label">Text</p>
        <RichTextEditor
          id="body"
          labelId="label"
          initialHtml="<ul><li><p>One</p></li><li><p>Two</p></li></ul>"
          lang="en"
          onChange={onChange}
        />
        <button type="button">After</button>
      </>,
    );
    const body = await screen.findByRole('textbox', { name: 'Text' });
    // Cursor in the second list item, where ProseMirror's list keymap would indent on Tab.
    const editor = (
      body as unknown as { editor: { commands: { setTextSelection: (pos: number) => boolean } } }
    ).editor;
    editor.commands.setTextSelection(12);
    body.focus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    // The list was not indented by the Tab.
    expect(body.querySelectorAll('ul ul')).toHaveLength(0);
    await user.tab({ shift: true });
    expect(body).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Bold' })).toHaveFocus();
    expect(screen.getByRole('toolbar', { name: 'Formatting' })).toHaveAttribute('aria-controls', 'body');
  });
});
