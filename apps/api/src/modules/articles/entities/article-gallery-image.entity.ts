import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One image of a gallery article, in order, with its own alt text. */
@Entity({ name: 'article_gallery_image' })
export class ArticleGalleryImage {
  @PrimaryColumn({ name: 'article_id', type: 'uuid' })
  articleId!: string;

  @PrimaryColumn({ type: 'int' })
  position!: number;

  @Column({ name: 'media_id', type: 'uuid' })
  mediaId!: string;

  @Column({ type: 'text' })
  alt!: string;
}
