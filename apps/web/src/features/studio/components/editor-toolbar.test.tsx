import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { EditorToolbar } from './editor-toolbar';

function Harness() {
  const [bold, setBold] = useState(false);
  return (
    <>
      <button type="button">Before</button>
      <EditorToolbar
        label="Formatting"
        controls="body"
        items={[
          { id: 'bold', label: 'Bold', pressed: bold, run: () => setBold((b) => !b) },
          { id: 'italic', label: 'Italic', pressed: false, run: () => undefined },
          { id: 'link', label: 'Link…', run: () => undefined },
        ]}
      />
      <textarea id="body" aria-label="Body" />
    </>
  );
}

describe('editor toolbar', () => {
  it('is one tab stop with a roving tabindex moved by arrows, Home and End', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const toolbar = screen.getByRole('toolbar', { name: 'Formatting' });
    expect(toolbar).toHaveAttribute('aria-controls', 'body');
    const bold = screen.getByRole('button', { name: 'Bold' });
    const italic = screen.getByRole('button', { name: 'Italic' });
    const link = screen.getByRole('button', { name: 'Link…' });

    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(bold).toHaveFocus();
    expect([bold, italic, link].map((b) => b.tabIndex)).toEqual([0, -1, -1]);

    await user.keyboard('{ArrowRight}');
    expect(italic).toHaveFocus();
    expect([bold, italic, link].map((b) => b.tabIndex)).toEqual([-1, 0, -1]);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(bold).toHaveFocus(); // wraps
    await user.keyboard('{ArrowLeft}');
    expect(link).toHaveFocus();
    await user.keyboard('{Home}');
    expect(bold).toHaveFocus();
    await user.keyboard('{End}');
    expect(link).toHaveFocus();

    // Tab leaves the toolbar for the editor in one step, and Shift+Tab comes back to the last button used.
    await user.tab();
    expect(screen.getByLabelText('Body')).toHaveFocus();
    await user.tab({ shift: true });
    expect(link).toHaveFocus();
  });

  it('reports formatting state with aria-pressed, and only on toggles', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const bold = screen.getByRole('button', { name: 'Bold' });
    expect(bold).toHaveAttribute('aria-pressed', 'false');
    await user.click(bold);
    expect(bold).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Link…' })).not.toHaveAttribute('aria-pressed');
  });
});
