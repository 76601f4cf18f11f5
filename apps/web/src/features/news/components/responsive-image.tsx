interface ImageData {
  alt: string;
  url: string;
  width: number;
  height: number;
  srcSet: string;
  sizes: string | null;
}

/** An uploaded image in its responsive sizes; width and height reserve its space before it loads. */
export function ResponsiveImage({
  image,
  sizes,
  className,
}: {
  image: ImageData;
  sizes: string;
  className?: string;
}) {
  return (
    <img
      className={className}
      src={image.url}
      srcSet={image.srcSet || undefined}
      sizes={image.sizes ?? sizes}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading="lazy"
      decoding="async"
    />
  );
}
