import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { announcer, renderConversation } from '../test/render-conversation';
import type { Mention, PersonSummary } from '../types';
import { toBodyHtml } from '../utils/mention-body.util';
import { MentionTextarea } from './mention-textarea';

const people: PersonSummary[] = [
  { id: 'p-anna', displayName: 'Anna Lind', title: 'Handläggare' },
  { id: 'p-anders', displayName: 'Anders Berg', title: 'IT-tekniker' },
  { id: 'p-bo', displayName: 'Bo Ek', title: null },
];
const searchPeople = jest.fn(async (text: string) =>
  people.filter((p) => p.displayName.toLowerCase().startsWith(text.toLowerCase())),
);

function Harness() {
  const [text, setText] = useState('');
  const [mentions, setMentions] = useState<Mention[]>([]);
  return (
    <>
      <MentionTextarea
        id="body"
        label="Comment"
        hint="Type @ to mention"
        text={text}
        mentions={mentions}
        onChange={(t, m) => {
          setText(t);
          setMentions(m);
        }}
        searchPeople={searchPeople}
        debounceMs={0}
      />
      <output data-testid="html">{toBodyHtml(text, mentions)}</output>
    </>
  );
}

const html = () => screen.getByTestId('html').textContent;

describe('MentionTextarea', () => {
  beforeEach(() => searchPeople.mockClear());

  it('is a labelled combobox whose textarea keeps focus; "@" and letters open the people list', async () => {
    const user = userEvent.setup();
    renderConversation(<Harness />);
    const combobox = screen.getByRole('combobox', { name: 'Comment' });
    const field = screen.getByRole('textbox', { name: 'Comment' });
    expect(combobox).toContainElement(field);
    expect(combobox).toHaveAttribute('aria-expanded', 'false');
    expect(field).toHaveAttribute('aria-autocomplete', 'list');
    expect(field).toHaveAccessibleDescription('Type @ to mention');

    await user.click(field);
    await user.keyboard('Hej @');
    expect(searchPeople).not.toHaveBeenCalled();
    await user.keyboard('an');
    const list = await screen.findByRole('listbox', { name: 'People to mention' });
    expect(searchPeople).toHaveBeenLastCalledWith('an');
    expect(combobox).toHaveAttribute('aria-expanded', 'true');
    expect(field).toHaveAttribute('aria-controls', list.id);
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Anna Lind, Handläggare', 'Anders Berg, IT-tekniker']);
    // jsdom puts a space between the spans; browsers do not.
    expect(options[0]).toHaveAccessibleName(/^Anna Lind ?, Handläggare$/);
    // The first is highlighted; focus stays in the text.
    expect(field).toHaveAttribute('aria-activedescendant', options[0].id);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(field).toHaveFocus();
    await waitFor(() => expect(announcer()).toHaveTextContent('2 people'));
  });

  it('moves the highlight with Up/Down (wrapping) and inserts the picked person with Enter', async () => {
    const user = userEvent.setup();
    renderConversation(<Harness />);
    const field = screen.getByRole('textbox', { name: 'Comment' });
    await user.click(field);
    await user.keyboard('Tack @an');
    await screen.findByRole('listbox');
    const [anna, anders] = screen.getAllByRole('option');
    await user.keyboard('{ArrowDown}');
    expect(field).toHaveAttribute('aria-activedescendant', anders.id);
    expect(anders).toHaveAttribute('aria-selected', 'true');
    expect(anna).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{ArrowDown}');
    expect(field).toHaveAttribute('aria-activedescendant', anna.id);
    await user.keyboard('{ArrowUp}');
    expect(field).toHaveAttribute('aria-activedescendant', anders.id);
    await user.keyboard('{Enter}');

    expect(field).toHaveValue('Tack @Anders Berg ');
    expect(field).toHaveFocus();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(field).not.toHaveAttribute('aria-activedescendant');
    await user.keyboard('för hjälpen <3');
    expect(html()).toBe(
      '<p>Tack <a data-mention="p-anders" href="/people/p-anders">@Anders Berg</a> för hjälpen &lt;3</p>',
    );
  });

  it('closes on Esc and keeps the text; Enter then makes a new line', async () => {
    const user = userEvent.setup();
    renderConversation(<Harness />);
    const field = screen.getByRole('textbox', { name: 'Comment' });
    await user.click(field);
    await user.keyboard('@bo');
    await screen.findByRole('listbox');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-expanded', 'false');
    expect(field).toHaveValue('@bo');
    await user.keyboard('{Enter}x');
    expect(field).toHaveValue('@bo\nx');
    // Not a picked person: plain text, nobody notified.
    expect(html()).toBe('<p>@bo<br>x</p>');
  });

  it('picks with the mouse too, and forgets a mention whose text was edited away', async () => {
    const user = userEvent.setup();
    renderConversation(<Harness />);
    const field = screen.getByRole('textbox', { name: 'Comment' });
    await user.click(field);
    await user.keyboard('@bo');
    await user.click(await screen.findByRole('option', { name: 'Bo Ek' }));
    expect(field).toHaveValue('@Bo Ek ');
    expect(html()).toContain('data-mention="p-bo"');
    await user.keyboard('{Backspace}{Backspace}');
    expect(html()).toBe('<p>@Bo E</p>');
  });

  it('says when no one matches', async () => {
    const user = userEvent.setup();
    renderConversation(<Harness />);
    await user.click(screen.getByRole('textbox', { name: 'Comment' }));
    await user.keyboard('@zz');
    await waitFor(() => expect(announcer()).toHaveTextContent('No one found'));
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-expanded', 'false');
  });

  it('does not search again while the person writes on after a picked mention', async () => {
    const user = userEvent.setup();
    renderConversation(<Harness />);
    const field = screen.getByRole('textbox', { name: 'Comment' });
    await user.click(field);
    await user.keyboard('@an');
    await screen.findByRole('listbox');
    await user.keyboard('{Enter}');
    const calls = searchPeople.mock.calls.length;
    await user.keyboard('tack så mycket');
    await new Promise((r) => setTimeout(r, 20));
    expect(searchPeople).toHaveBeenCalledTimes(calls);
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(announcer()).not.toHaveTextContent('No one found');
    expect(html()).toBe(
      '<p><a data-mention="p-anna" href="/people/p-anna">@Anna Lind</a> tack så mycket</p>',
    );
  });

  it('treats "@word and more words" that match no one as prose and stops searching', async () => {
    const user = userEvent.setup();
    renderConversation(<Harness />);
    const field = screen.getByRole('textbox', { name: 'Comment' });
    await user.click(field);
    await user.keyboard('@home office idag');
    await new Promise((r) => setTimeout(r, 20));
    const queries = searchPeople.mock.calls.map(([q]) => q);
    // Searching stops at the first query of two words that matches no one ("home o").
    expect(queries.at(-1)).toBe('home o');
    expect(queries).not.toContain('home office');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(field).toHaveValue('@home office idag');
  });
});
