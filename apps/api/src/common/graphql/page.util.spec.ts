import { emptyPage, pageOf } from './page.util';

const toEdge = (n: number) => ({ cursor: `c${n}`, node: n });

describe('pageOf', () => {
  it('keeps `first` rows and reads the extra one as a next page', () => {
    expect(pageOf([1, 2, 3], 2, toEdge)).toEqual({
      edges: [toEdge(1), toEdge(2)],
      pageInfo: { hasNextPage: true, endCursor: 'c2' },
    });
  });

  it('ends the list when no extra row came back', () => {
    expect(pageOf([1, 2], 2, toEdge).pageInfo).toEqual({ hasNextPage: false, endCursor: 'c2' });
  });

  it('has no end cursor on an empty page', () => {
    expect(pageOf([], 2, toEdge)).toEqual(emptyPage());
    expect(emptyPage().pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });
});
