import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { anna, signedIn } from '@/test/fixtures';
import { renderApp } from '@/test/render-app';
import { UpdateArticleDocument } from '../api/article-mutations';
import { AudienceOptionsDocument } from '../api/audience-options.query';
import { AudienceReachDocument } from '../api/audience-reach.query';
import { StudioArticleDocument } from '../api/studio-article.query';
import { stubLayout } from '../test/jsdom-layout';
import { paths } from '@/config/paths';

beforeAll(stubLayout);

const article = {
  __typename: 'Article',
  id: 'art-1',
  status: 'DRAFT',
  format: 'ARTICLE',
  language: 'EN',
  title: 'Office move',
  summary: 'We move in May.',
  bodyHtml: '<p>We move in May.</p>',
  byline: null,
  videoUrl: null,
  captionsUrl: null,
  textAlternative: null,
  publishAt: null,
  publishedAt: null,
  expireAt: null,
  reviewBy: null,
  pinnedUntil: null,
  mustRead: false,
  mustReadDue: null,
  reviewComment: null,
  revision: 1,
  readingTimeMinutes: 1,
  viewerCanEdit: true,
  viewerCanPublish: false,
  updatedAt: '2026-11-20T09:00:00.000Z',
  author: { __typename: 'Person', id: 'p-anna', displayName: 'Anna Andersson' },
  cover: null,
  gallery: [],
  topics: [],
  translations: [],
  revisions: [
    {
      __typename: 'ArticleRevision',
      revision: 1,
      at: '2026-11-20T09:00:00.000Z',
      changedFields: ['title', 'bodyHtml', 'coverAlt'],
      readabilityScore: 80,
      editor: { __typename: 'Person', id: 'p-anna', displayName: 'Anna Andersson' },
    },
  ],
  audience: { __typename: 'Audience', everyone: true, orgUnits: [], locations: [] },
};

const options: MockLink.MockedResponse = {
  request: { query: AudienceOptionsDocument },
  result: {
    data: {
      orgUnits: [
        { __typename: 'OrgUnit', id: 'ou-1', name: 'Demo Agency', parentId: null, level: 0 },
        { __typename: 'OrgUnit', id: 'ou-2', name: 'Case Handling', parentId: 'ou-1', level: 1 },
      ],
      locations: [{ __typename: 'Location', id: 'loc-1', name: 'Stockholm' }],
      topics: [],
    },
  },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

const reach = (orgUnitIds: string[], count: number): MockLink.MockedResponse => ({
  request: { query: AudienceReachDocument, variables: { audience: { orgUnitIds, locationIds: [] } } },
  result: { data: { audienceReach: count } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

const updated = () =>
  jest.fn(() => ({
    data: {
      updateArticle: {
        __typename: 'Article',
        id: 'art-1',
        revision: 2,
        updatedAt: '2026-11-20T10:00:00.000Z',
        status: 'DRAFT',
      },
    },
  }));

function renderEditor(role: 'EMPLOYEE' | 'EDITOR', saved: ReturnType<typeof updated>) {
  const editor = role === 'EDITOR';
  // The session and the editor page ask about the same person (the viewer); keep them consistent.
  const viewer = { ...anna, role };
  return renderApp({
    route: paths.studioArticle.to('art-1'),
    mocks: [
      signedIn({ role }),
      {
        request: { query: StudioArticleDocument, variables: { id: 'art-1' } },
        result: {
          data: {
            article: { ...article, viewerCanPublish: editor },
            viewer: { __typename: 'Person', id: viewer.id, role },
          },
        },
      },
      options,
      reach([], 40),
      reach(['ou-2'], 15),
      {
        request: {
          query: UpdateArticleDocument,
          variables: { id: 'art-1', input: { audience: { orgUnitIds: ['ou-2'], locationIds: [] } } },
        },
        result: saved,
      },
    ],
  });
}

describe('studio editor page', () => {
  it('gives an employee the toolbar, audience tree and plain-language panel, autosaves a changed audience without moving focus, and offers Submit only', async () => {
    const user = userEvent.setup();
    const saved = updated();
    renderEditor('EMPLOYEE', saved);
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit article' })).toBeInTheDocument();
    expect(screen.getByLabelText('Title')).toHaveValue('Office move');
    expect(screen.getByRole('toolbar', { name: 'Formatting' })).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: 'Text' })).toHaveTextContent('We move in May.');
    expect(screen.getByRole('complementary', { name: 'Plain language' })).toHaveTextContent(
      'Flesch reading ease',
    );
    expect(screen.getByRole('region', { name: 'History' })).toHaveTextContent(
      'Changed: title, text, cover image',
    );
    expect(screen.getByRole('button', { name: 'Write the Swedish version' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit for review' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish now' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Pinned until (optional)')).not.toBeInTheDocument();
    // The API answers reach for editors only; an employee is not shown (nor sent) it.
    expect(screen.queryByText(/^Reaches/)).not.toBeInTheDocument();

    const tree = screen.getByRole('tree', { name: 'Units' });
    await user.click(within(tree).getByRole('treeitem', { name: /^Case Handling/ }));
    expect(within(tree).getByRole('treeitem', { name: /^Demo Agency/ })).toHaveAttribute(
      'aria-checked',
      'mixed',
    );
    expect(screen.getByRole('heading', { name: 'Selected (1)' })).toBeInTheDocument();
    await waitFor(() => expect(saved).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.getByTestId('announcer')).toHaveTextContent('Saved'));
    expect(within(tree).getByRole('treeitem', { name: /^Case Handling/ })).toHaveFocus();
  });

  it('gives an editor the reach of the audience, publishing and the editorial fields', async () => {
    const user = userEvent.setup();
    renderEditor('EDITOR', updated());
    expect(await screen.findByText('Reaches 40 people')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish now' })).toBeInTheDocument();
    expect(screen.getByLabelText('Pinned until (optional)')).toBeInTheDocument();
    expect(screen.getByLabelText('Publish at')).toBeInTheDocument();
    await user.click(
      within(screen.getByRole('tree', { name: 'Units' })).getByRole('treeitem', { name: /^Case Handling/ }),
    );
    expect(await screen.findByText('Reaches 15 people')).toBeInTheDocument();
  });
});
