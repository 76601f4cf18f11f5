import { embedUrl } from './video-embed.util';

describe('embedUrl', () => {
  it('turns YouTube and Vimeo links into their privacy-friendly players, and leaves our own files alone', () => {
    expect(embedUrl('https://www.youtube.com/watch?v=abc123')).toBe(
      'https://www.youtube-nocookie.com/embed/abc123',
    );
    expect(embedUrl('https://www.youtube-nocookie.com/embed/abc123')).toBe(
      'https://www.youtube-nocookie.com/embed/abc123',
    );
    expect(embedUrl('https://vimeo.com/76979871')).toBe('https://player.vimeo.com/video/76979871');
    expect(embedUrl('https://intranet.example/media/video.mp4')).toBeNull();
    expect(embedUrl('not a url')).toBeNull();
  });
});
