import { DEMO_ACCOUNTS } from '../../database/seed/demo-seed';
import { statementsOf } from '../../test-support/conversation-fixtures';
import { solid, useMediaTestApp } from '../../test-support/media-test-app';
import { MediaService } from './media.service';

describe('media on articles (e2e)', () => {
  /** One test app per spec file (see test-support/media-test-app.ts): uploads land in its own data folder. */
  const app = useMediaTestApp();

  describe('Article media fields (GraphQL)', () => {
    const CREATE = `mutation Create($input: ArticleInput!) { createArticle(input: $input) { id } }`;
    const MEDIA_FIELDS = `cover { id alt url width height srcSet avifSrcSet sizes } gallery { id alt url srcSet } captionsUrl`;

    it('resolves cover, gallery (in order, each with its alt) and captionsUrl', async () => {
      const cover = (await app.upload(await solid(1200, 600).jpeg().toBuffer(), { cookie: app.editor })).body;
      const g1 = (
        await app.upload(await solid(300, 300).png().toBuffer(), {
          cookie: app.editor,
          contentType: 'image/png',
        })
      ).body;
      const g2 = (
        await app.upload(await solid(200, 400).webp().toBuffer(), {
          cookie: app.editor,
          contentType: 'image/webp',
        })
      ).body;
      const vtt = (
        await app.upload(Buffer.from('WEBVTT\n'), { path: '/api/media/captions', cookie: app.editor })
      ).body;
      const created = await app.t.gql(
        CREATE,
        {
          input: {
            title: 'Bilder från personaldagen',
            format: 'GALLERY',
            coverMediaId: cover.id,
            coverAlt: 'Kollegor samlade på trappan',
            gallery: [
              { mediaId: g2.id, alt: 'Andra bilden' },
              { mediaId: g1.id, alt: 'Tredje bilden' },
            ],
            captionsMediaId: vtt.id,
          },
        },
        { cookie: app.editor },
      );
      expect(created.body.errors).toBeUndefined();
      const res = await app.t.gql(
        `query A($id: ID!) { article(id: $id) { ${MEDIA_FIELDS} } }`,
        { id: created.body.data.createArticle.id },
        { cookie: app.editor },
      );
      expect(res.body.errors).toBeUndefined();
      const article = res.body.data.article;
      expect(article.cover).toEqual({
        id: cover.id,
        alt: 'Kollegor samlade på trappan',
        url: cover.url,
        width: 1200,
        height: 600,
        srcSet: cover.srcSet,
        avifSrcSet: cover.avifSrcSet,
        sizes: cover.sizes,
      });
      expect(article.gallery).toEqual([
        { id: g2.id, alt: 'Andra bilden', url: g2.url, srcSet: g2.srcSet },
        { id: g1.id, alt: 'Tredje bilden', url: g1.url, srcSet: g1.srcSet },
      ]);
      expect(article.captionsUrl).toBe(vtt.url);
    });

    it('articles place only uploads the author may use: not someone else’s, unless an editor put it there', async () => {
      const UPDATE = `mutation U($id: ID!, $input: ArticleInput!) { updateArticle(id: $id, input: $input) { id } }`;
      const jpeg = await solid(60, 40).jpeg().toBuffer();
      const bos = (await app.upload(jpeg, { cookie: app.other })).body.id as string;
      const eriks = (await app.upload(jpeg, { cookie: app.editor })).body.id as string;
      const articles = await app.count(`SELECT count(*)::int AS n FROM article`);

      const refused = await app.t.gql(
        CREATE,
        { input: { title: 'Lånad bild', coverMediaId: bos, coverAlt: 'Bild' } },
        { cookie: app.employee },
      );
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'coverMediaId',
        reason: 'UNKNOWN_MEDIA',
      });
      const refusedGallery = await app.t.gql(
        CREATE,
        { input: { title: 'Lånad bild', gallery: [{ mediaId: bos, alt: 'Bild' }] } },
        { cookie: app.employee },
      );
      expect(refusedGallery.body.errors?.[0]?.extensions).toMatchObject({
        field: 'gallery',
        reason: 'UNKNOWN_MEDIA',
      });
      expect(await app.count(`SELECT count(*)::int AS n FROM article`)).toBe(articles);

      // Anna's draft; Erik (an editor) gives it his cover; Anna's later saves may keep it.
      const draft = await app.t.gql(CREATE, { input: { title: 'Annas utkast' } }, { cookie: app.employee });
      const id = draft.body.data.createArticle.id as string;
      const byEditor = await app.t.gql(
        UPDATE,
        { id, input: { coverMediaId: eriks, coverAlt: 'Erik valde' } },
        { cookie: app.editor },
      );
      expect(byEditor.body.errors).toBeUndefined();
      const kept = await app.t.gql(
        UPDATE,
        { id, input: { coverMediaId: eriks, coverAlt: 'Anna skrev om' } },
        { cookie: app.employee },
      );
      expect(kept.body.errors).toBeUndefined();
      const swapped = await app.t.gql(UPDATE, { id, input: { coverMediaId: bos } }, { cookie: app.employee });
      expect(swapped.body.errors?.[0]?.extensions).toMatchObject({
        field: 'coverMediaId',
        reason: 'UNKNOWN_MEDIA',
      });
      const [row] = await app.t.dataSource.query(
        `SELECT cover_media_id, cover_alt FROM article WHERE id = $1`,
        [id],
      );
      expect(row).toEqual({ cover_media_id: eriks, cover_alt: 'Anna skrev om' });
    });

    it('costs two statements per page for every cover, gallery and captions on it, whatever its size', async () => {
      const image = (await app.upload(await solid(100, 50).jpeg().toBuffer(), { cookie: app.editor })).body
        .id;
      for (let i = 0; i < 6; i++) {
        const res = await app.t.gql(
          CREATE,
          {
            input: {
              title: `Nyhet ${i}`,
              coverMediaId: image,
              coverAlt: `Bild ${i}`,
              gallery: [{ mediaId: image, alt: 'Galleri' }],
            },
          },
          { cookie: app.editor },
        );
        expect(res.body.errors).toBeUndefined();
      }
      const statements = (first: number, fields: string) =>
        statementsOf(async () => {
          const res = await app.t.gql(
            `query S($first: Int) { studioArticles(first: $first) { edges { node { id ${fields} } } } }`,
            { first },
            { cookie: app.editor },
          );
          expect(res.body.errors).toBeUndefined();
          expect(res.body.data.studioArticles.edges).toHaveLength(first);
        });
      await statements(2, MEDIA_FIELDS); // warm-up
      const [twoWithout, twoWith, sixWithout, sixWith] = [
        await statements(2, ''),
        await statements(2, MEDIA_FIELDS),
        await statements(6, ''),
        await statements(6, MEDIA_FIELDS),
      ];
      expect(twoWith - twoWithout).toBe(2);
      expect(sixWith - sixWithout).toBe(2);
    });
  });

  describe('assertUsable (for articles)', () => {
    it('lets people place their own uploads and editors anyone’s; refuses the rest by field', async () => {
      const media = app.t.app.get(MediaService);
      const jpeg = await solid(40, 40).jpeg().toBuffer();
      const mine = (await app.upload(jpeg, { cookie: app.employee })).body.id as string;
      const theirs = (await app.upload(jpeg, { cookie: app.other })).body.id as string;
      const captions = (
        await app.upload(Buffer.from('WEBVTT\n'), { path: '/api/media/captions', cookie: app.employee })
      ).body.id as string;
      const [anna] = await app.t.dataSource.query(`SELECT id, role FROM person WHERE email = $1`, [
        DEMO_ACCOUNTS.employee,
      ]);
      const [erik] = await app.t.dataSource.query(`SELECT id, role FROM person WHERE email = $1`, [
        DEMO_ACCOUNTS.editor,
      ]);
      const check = (
        actor: { id: string; role: never },
        refs: { id: string; kind: 'IMAGE' | 'CAPTIONS'; field: string }[],
      ) =>
        app.t.dataSource
          .transaction((m) => media.assertUsable(m, actor, refs))
          .then(
            () => 'ok',
            (e: { extensions: { field: string; reason: string } }) =>
              `${e.extensions.field}:${e.extensions.reason}`,
          );

      expect(
        await check(anna, [
          { id: mine, kind: 'IMAGE', field: 'coverMediaId' },
          { id: captions, kind: 'CAPTIONS', field: 'captionsMediaId' },
        ]),
      ).toBe('ok');
      expect(await check(anna, [{ id: theirs, kind: 'IMAGE', field: 'gallery' }])).toBe(
        'gallery:UNKNOWN_MEDIA',
      );
      expect(await check(erik, [{ id: theirs, kind: 'IMAGE', field: 'coverMediaId' }])).toBe('ok');
      expect(await check(anna, [{ id: captions, kind: 'IMAGE', field: 'coverMediaId' }])).toBe(
        'coverMediaId:UNKNOWN_MEDIA',
      );
      expect(await check(anna, [{ id: mine, kind: 'CAPTIONS', field: 'captionsMediaId' }])).toBe(
        'captionsMediaId:UNKNOWN_MEDIA',
      );
      expect(
        await check(anna, [
          { id: '00000000-0000-4000-8000-000000000000', kind: 'IMAGE', field: 'coverMediaId' },
        ]),
      ).toBe('coverMediaId:UNKNOWN_MEDIA');
      expect(await check(anna, [{ id: 'not-a-uuid', kind: 'IMAGE', field: 'coverMediaId' }])).toBe(
        'coverMediaId:UNKNOWN_MEDIA',
      );
    });
  });
});
