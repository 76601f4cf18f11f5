import { screen } from '@testing-library/react';
import { homeGreeting, signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { homeFeedPage, mustReads, newsTopics } from '@/test/home-page-mocks';

describe('home page', () => {
  it('greets the person by name with their unit, its path and their workplace, then their news', async () => {
    renderApp({
      route: '/',
      mocks: [signedIn(), homeGreeting(), newsTopics(), mustReads(), homeFeedPage([])],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Hello, Anna Andersson' }),
    ).toBeInTheDocument();
    expect(screen.getByText('You work in Intake.')).toBeInTheDocument();
    const path = screen.getByRole('region', { name: 'Your place in the organisation' });
    expect(path).toHaveTextContent('Demo Agency');
    expect(path).toHaveTextContent('Case Handling');
    expect(screen.getByText('Your workplace is Stockholm.')).toBeInTheDocument();
    expect(await screen.findByText('There is no news or posts for you here yet.')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'News and posts' })).toBeInTheDocument();
  });
});
