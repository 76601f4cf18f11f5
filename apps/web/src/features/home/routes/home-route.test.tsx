import { screen } from '@testing-library/react';
import { homeGreeting, signedIn } from '../../../test/fixtures';
import { renderApp } from '../../../test/render-app';

describe('home page', () => {
  it('greets the person by name with their unit, its path and their workplace, and no made-up feed', async () => {
    renderApp({ route: '/', mocks: [signedIn(), homeGreeting()] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Hello, Anna Andersson' })).toBeInTheDocument();
    expect(screen.getByText('You work in Intake.')).toBeInTheDocument();
    const path = screen.getByRole('region', { name: 'Your place in the organisation' });
    expect(path).toHaveTextContent('Demo Agency');
    expect(path).toHaveTextContent('Case Handling');
    expect(screen.getByText('Your workplace is Stockholm.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'News' })).toHaveTextContent('News for you will appear here');
  });
});
