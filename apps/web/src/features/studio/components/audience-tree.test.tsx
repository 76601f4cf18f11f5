import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithI18n } from '../test/render-with-i18n';
import { AudienceTree } from './audience-tree';

const units = [
  { id: 'agency', name: 'Demo Agency', parentId: null },
  { id: 'case', name: 'Case Handling', parentId: 'agency' },
  { id: 'intake', name: 'Intake', parentId: 'case' },
  { id: 'appeals', name: 'Appeals', parentId: 'case' },
  { id: 'it', name: 'IT', parentId: 'agency' },
  { id: 'hr', name: 'HR', parentId: 'agency' },
];

function Harness({ initial = [] as string[] }) {
  const [selected, setSelected] = useState(new Set(initial));
  return (
    <>
      <button type="button">Before</button>
      <p id="label">Units</p>
      <AudienceTree units={units} selected={selected} onChange={setSelected} labelledBy="label" />
      <p data-testid="selected">{[...selected].sort().join(',')}</p>
      <button type="button">After</button>
    </>
  );
}

const item = (name: string) => screen.getByRole('treeitem', { name: new RegExp(`^${name}`) });

describe('audience tree (APG tree view)', () => {
  it('is a multi-select tree with one tab stop, levels and positions', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Harness />);
    const tree = screen.getByRole('tree', { name: 'Units' });
    expect(tree).toHaveAttribute('aria-multiselectable', 'true');
    // The agency starts open, its departments closed.
    expect(item('Demo Agency')).toHaveAttribute('aria-expanded', 'true');
    expect(item('Case Handling')).toHaveAttribute('aria-expanded', 'false');
    expect(item('IT')).not.toHaveAttribute('aria-expanded');
    expect(item('IT')).toHaveAttribute('aria-level', '2');
    expect(item('IT')).toHaveAttribute('aria-posinset', '2');
    expect(item('IT')).toHaveAttribute('aria-setsize', '3');
    expect(screen.queryByRole('treeitem', { name: /^Intake/ })).not.toBeInTheDocument();
    expect(within(tree).queryAllByRole('button')).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(item('Demo Agency')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
  });

  it('moves with arrows, opens and closes with Right and Left, and jumps with Home, End and type-ahead', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(item('Case Handling')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(item('Case Handling')).toHaveAttribute('aria-expanded', 'true');
    expect(item('Case Handling')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(item('Intake')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(item('Case Handling')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(item('Case Handling')).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{End}');
    expect(item('HR')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(item('Demo Agency')).toHaveFocus();
    await user.keyboard('i');
    expect(item('IT')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(item('Case Handling')).toHaveFocus();
    // Only the focused item is in the tab order.
    expect(screen.getAllByRole('treeitem').filter((el) => el.tabIndex === 0)).toEqual([
      item('Case Handling'),
    ]);
  });

  it('toggles with Space: a chosen unit checks its sub-units, and a part-chosen parent is mixed', async () => {
    const user = userEvent.setup();
    renderWithI18n(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowRight}{ArrowDown}'); // Intake
    expect(item('Intake')).toHaveFocus();
    await user.keyboard(' ');
    expect(item('Intake')).toHaveAttribute('aria-checked', 'true');
    expect(item('Appeals')).toHaveAttribute('aria-checked', 'false');
    expect(item('Case Handling')).toHaveAttribute('aria-checked', 'mixed');
    expect(item('Demo Agency')).toHaveAttribute('aria-checked', 'mixed');
    expect(screen.getByTestId('selected')).toHaveTextContent('intake');

    // Choosing the department covers Intake: the selection keeps the department only.
    await user.keyboard('{ArrowUp} ');
    expect(item('Case Handling')).toHaveAttribute('aria-checked', 'true');
    expect(item('Appeals')).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByTestId('selected').textContent).toBe('case');

    // Unchecking Appeals, chosen through its department, leaves the rest of the department chosen.
    await user.keyboard('{ArrowDown}{ArrowDown} ');
    expect(item('Appeals')).toHaveAttribute('aria-checked', 'false');
    expect(item('Intake')).toHaveAttribute('aria-checked', 'true');
    expect(item('Case Handling')).toHaveAttribute('aria-checked', 'mixed');
    expect(screen.getByTestId('selected').textContent).toBe('intake');

    await user.keyboard('{ArrowUp} ');
    expect(item('Intake')).toHaveAttribute('aria-checked', 'false');
    expect(item('Demo Agency')).toHaveAttribute('aria-checked', 'false');
    expect(screen.getByTestId('selected').textContent).toBe('');
  });
});
