import sharp from 'sharp';
import { ImageProcessor, variantWidths } from './image-processor.service';

describe('variantWidths', () => {
  it.each([
    [4000, [320, 640, 1024, 1600]],
    [1600, [320, 640, 1024, 1600]],
    [1000, [320, 640, 1000]],
    [320, [320]],
    [100, [100]],
  ])('%i px wide → %j (never enlarged)', (width, expected) => {
    expect(variantWidths(width)).toEqual(expected);
  });
});

describe('ImageProcessor', () => {
  it(`processes at most ${ImageProcessor.MAX_CONCURRENT} images at once and finishes them all`, async () => {
    const processor = new ImageProcessor();
    const png = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#456' } })
      .png()
      .toBuffer();
    const internals = processor as unknown as { running: number };
    let peak = 0;
    const timer = setInterval(() => (peak = Math.max(peak, internals.running)), 1);
    try {
      const results = await Promise.all(Array.from({ length: 5 }, () => processor.process(png, 'png')));
      expect(results.map((r) => r.width)).toEqual([900, 900, 900, 900, 900]);
    } finally {
      clearInterval(timer);
    }
    expect(peak).toBe(ImageProcessor.MAX_CONCURRENT);
    expect(internals.running).toBe(0);
  });

  it('frees its slot when an image is refused', async () => {
    const processor = new ImageProcessor();
    const notPng = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(100),
    ]);
    for (let i = 0; i < 3; i++)
      await expect(processor.process(notPng, 'png')).rejects.toMatchObject({ status: 400 });
    expect((processor as unknown as { running: number }).running).toBe(0);
  });
});
