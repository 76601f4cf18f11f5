import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

/** An uploaded image as placed somewhere (a cover, a gallery), with the alt text of that place. */
@ObjectType('Image', {
  description: 'A re-encoded image in responsive sizes, with the alt text of where it is placed.',
})
export class ImageModel {
  @Field(() => ID, { description: 'The media id (what coverMediaId and gallery inputs take).' })
  id!: string;

  @Field({ description: 'Text alternative for this placement; required wherever an image is placed.' })
  alt!: string;

  @Field({ description: 'The widest JPEG variant: shown by any client.' })
  url!: string;

  @Field(() => Int, { description: 'Of the widest variant.' })
  width!: number;

  @Field(() => Int)
  height!: number;

  @Field({ description: 'WebP variants as an img srcset (`url 320w, …`).' })
  srcSet!: string;

  @Field({ description: 'AVIF variants as a srcset, for a <picture> source of type image/avif.' })
  avifSrcSet!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A sizes attribute that fits a full-width article image.',
  })
  sizes!: string | null;
}
