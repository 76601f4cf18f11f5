import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Language } from '@commons/shared';
import { announcer, renderConversation } from '../test/render-conversation';
import { ReportDialog } from './report-dialog';

function Harness({ onSubmit }: { onSubmit: (reason: string) => Promise<unknown> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Report
      </button>
      <ReportDialog open={open} onClose={() => setOpen(false)} onSubmit={onSubmit} maxLength={20} />
    </>
  );
}

describe('ReportDialog', () => {
  it('moves focus in, keeps Tab inside, closes on Esc and returns focus to the opener', async () => {
    const user = userEvent.setup();
    renderConversation(<Harness onSubmit={jest.fn()} />);
    const opener = screen.getByRole('button', { name: 'Report' });
    await user.click(opener);
    const dialog = screen.getByRole('dialog', { name: 'Report content' });
    expect(dialog).toHaveAttribute('open');
    const reason = screen.getByRole('textbox', { name: 'Reason' });
    expect(reason).toHaveFocus();
    expect(reason).toHaveAccessibleDescription(
      'For example offensive, untrue or advertising. At most 20 characters.',
    );

    await user.tab();
    expect(screen.getByRole('button', { name: 'Send report' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab();
    expect(reason).toHaveFocus(); // wrapped
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(dialog).not.toHaveAttribute('open');
    expect(opener).toHaveFocus();
  });

  it('requires a reason: error summary focused, linked to the field, nothing sent', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn();
    renderConversation(<Harness onSubmit={onSubmit} />, { language: Language.SV });
    await user.click(screen.getByRole('button', { name: 'Report' }));
    await user.keyboard('   ');
    await user.click(screen.getByRole('button', { name: 'Skicka anmälan' }));
    expect(onSubmit).not.toHaveBeenCalled();
    const summary = screen.getByRole('heading', { name: 'Det finns ett problem' })
      .parentElement as HTMLElement;
    await waitFor(() => expect(summary).toHaveFocus());
    const reason = screen.getByRole('textbox', { name: 'Anledning' });
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(/Fel: Skriv varför du anmäler/);
    await user.click(screen.getByRole('link', { name: 'Skriv varför du anmäler' }));
    expect(reason).toHaveFocus();

    await user.type(reason, 'x'.repeat(21));
    await user.click(screen.getByRole('button', { name: 'Skicka anmälan' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Anledningen får vara högst 20 tecken' })).toBeInTheDocument();
  });

  it('sends the trimmed reason, closes, thanks the person and returns focus', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn().mockResolvedValue(true);
    renderConversation(<Harness onSubmit={onSubmit} />);
    const opener = screen.getByRole('button', { name: 'Report' });
    await user.click(opener);
    await user.keyboard('  Spam  ');
    await user.keyboard('{Tab}{Enter}');
    expect(onSubmit).toHaveBeenCalledWith('Spam');
    await waitFor(() => expect(opener).toHaveFocus());
    expect(screen.getByRole('dialog', { hidden: true })).not.toHaveAttribute('open');
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('Thank you. Your report has been sent to the moderators.'),
    );
  });

  it('keeps the dialog open with the server error when sending fails', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    renderConversation(<Harness onSubmit={onSubmit} />);
    await user.click(screen.getByRole('button', { name: 'Report' }));
    await user.keyboard('Spam');
    await user.click(screen.getByRole('button', { name: 'Send report' }));
    expect(await screen.findByRole('link', { name: /Commons could not be reached/ })).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toHaveAttribute('open');
    expect(screen.getByRole('textbox', { name: 'Reason' })).toHaveValue('Spam');
  });
});
