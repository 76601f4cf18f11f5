import { graphql, GraphQLList, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { prefetch, resolvePrefetchedFields } from './prefetched-fields';

describe('prefetched fields', () => {
  const loaded: string[] = [];
  const Card = new GraphQLObjectType({
    name: 'Card',
    fields: {
      title: { type: GraphQLString },
      author: {
        type: GraphQLString,
        resolve: (card: { id: string }) => (loaded.push(card.id), `loaded ${card.id}`),
      },
    },
  });
  const cards = [
    prefetch({ id: 'a', title: 'A' }, { author: 'prefetched a' }),
    { id: 'b', title: 'B' },
    prefetch(prefetch({ id: 'c', title: 'C' }, { other: 1 }), { author: null }),
  ];
  const schema = resolvePrefetchedFields(
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: { cards: { type: new GraphQLList(Card), resolve: () => cards } },
      }),
    }),
  );

  it('answers a prefetched field (even null) without its resolver, and the others through it', async () => {
    const result = await graphql({ schema, source: '{ cards { title author } }' });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      cards: [
        { title: 'A', author: 'prefetched a' },
        { title: 'B', author: 'loaded b' },
        { title: 'C', author: null },
      ],
    });
    expect(loaded).toEqual(['b']);
  });
});
