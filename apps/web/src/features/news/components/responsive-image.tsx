interface ImageData {
  alt: string;
  url: string;
  width: number;
  height: number;
  srcSet: string;
  sizes: string | null;
}

/**
 * An uploaded image in its responsive sizes, loaded when it comes near the screen; width and height
 * reserve its space before it loads. `sizes` is how wide the place it is shown in is (a card's cover is
 * small), so the browser picks the smallest file that is sharp there; the image's own is a fallback.
 */
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
      sizes={sizes || image.sizes || undefined}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading="lazy"
      decoding="async"
    />
  );
}
