import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMemo, useRef, useState } from 'react';
import { analysePlainLanguage, Language, type TextBlock } from '@commons/shared';
import { stubLayout } from '../test/jsdom-layout';
import { renderWithI18n } from '../test/render-with-i18n';
import { READABILITY_ANNOUNCE_PAUSE_MS, ReadabilityPanel } from './readability-panel';
import { RichTextEditor, type RichTextEditorHandle } from './rich-text-editor';

beforeAll(stubLayout);

const LONG =
  'This sentence keeps going on and on with many words so that it becomes far too long for anyone to read it comfortably in one go without a break.';

/** The editor and the panel wired as the studio's editor page wires them. */
function Harness({ html, language }: { html: string; language: 'sv' | 'en' }) {
  const [blocks, setBlocks] = useState<TextBlock[]>([]);
  const editor = useRef<RichTextEditorHandle>(null);
  const report = useMemo(() => analysePlainLanguage(blocks, language), [blocks, language]);
  return (
    <>
      <p id="body-label">Text</p>
      <RichTextEditor
        ref={editor}
        id="body"
        labelId="body-label"
        initialHtml={html}
        lang={language}
        onChange={(_, located) => setBlocks(located.blocks)}
      />
      <ReadabilityPanel report={report} onFocusBlock={(i) => editor.current?.focusBlock(i)} />
    </>
  );
}

describe('plain-language panel', () => {
  it('shows the Flesch score with its band and reading time for English, in an aside with a heading', async () => {
    renderWithI18n(<Harness html="<p>The cat sat on the mat. It was a good day.</p>" language="en" />);
    const panel = await screen.findByRole('complementary', { name: 'Plain language' });
    const expected = analysePlainLanguage(
      [{ kind: 'paragraph', text: 'The cat sat on the mat. It was a good day.' }],
      'en',
    );
    expect(expected.score).not.toBeNull();
    await waitFor(() => expect(panel).toHaveTextContent(`Flesch reading ease${expected.score}`));
    expect(panel).toHaveTextContent('very easy');
    expect(panel).toHaveTextContent('Reading time1 minute');
    expect(panel).toHaveTextContent('Nothing to check.');
  });

  it('scores Swedish with LIX and its band, in Swedish', async () => {
    const text = 'Vi har ett möte i dag. Alla är välkomna.';
    renderWithI18n(<Harness html={`<p>${text}</p>`} language="sv" />, { language: Language.SV });
    const panel = await screen.findByRole('complementary', { name: 'Klarspråk' });
    const lix = analysePlainLanguage([{ kind: 'paragraph', text }], 'sv');
    await waitFor(() => expect(panel).toHaveTextContent(`LIX${String(lix.score).replace('.', ',')}`));
    expect(panel).toHaveTextContent(lix.band === 'VERY_EASY' ? 'mycket lättläst' : 'lättläst');
  });

  it('lists each warning as a button that puts the cursor on the flagged block', async () => {
    const user = userEvent.setup();
    renderWithI18n(
      <Harness
        html={`<p>Short intro.</p><h4>Deep heading</h4><p>${LONG}</p><p><a href="https://example.org">click here</a></p>`}
        language="en"
      />,
    );
    const panel = await screen.findByRole('complementary', { name: 'Plain language' });
    await waitFor(() => expect(panel).toHaveTextContent('3 things to check'));
    const skipped = screen.getByRole('button', { name: /^Heading skips a level/ });
    const long = screen.getByRole('button', { name: /^Long sentence/ });
    expect(
      screen.getByRole('button', { name: /^Link text says nothing on its own.*click here/ }),
    ).toBeInTheDocument();

    await user.click(long);
    const body = screen.getByRole('textbox', { name: 'Text' });
    expect(body).toHaveFocus();
    const selection = document.getSelection();
    expect(selection?.anchorNode?.textContent).toContain('This sentence keeps going');

    await user.click(skipped);
    expect(body).toHaveFocus();
    expect(document.getSelection()?.anchorNode?.textContent).toBe('Deep heading');
  });

  it('speaks the number of warnings once typing pauses, not on every change', async () => {
    jest.useFakeTimers();
    try {
      renderWithI18n(<Harness html="<p>Fine.</p>" language="en" />);
      const status = screen.getByRole('status');
      const body = await screen.findByRole('textbox', { name: 'Text' });
      await waitFor(() => expect(screen.getByRole('complementary')).toHaveTextContent('Nothing to check.'));
      // Type a shouting sentence through the editor's own input handling.
      act(() => {
        body.focus();
      });
      // TipTap hangs its editor on the editable element; insert as typing would.
      const editor = (
        body as unknown as { editor?: { commands: { insertContent: (text: string) => boolean } } }
      ).editor;
      expect(editor).toBeDefined();
      act(() => void editor?.commands.insertContent(' THIS IS LOUD TEXT.'));
      expect(screen.getByRole('complementary')).toHaveTextContent('1 thing to check');
      act(() => jest.advanceTimersByTime(READABILITY_ANNOUNCE_PAUSE_MS - 100));
      expect(status).toHaveTextContent('');
      act(() => jest.advanceTimersByTime(200));
      expect(status).toHaveTextContent('1 thing to check in the text');
    } finally {
      jest.useRealTimers();
    }
  });
});
