#!/usr/bin/env node
/**
 * Makes the demo organisation's pictures and its short video, the files in this folder (CC0, see
 * README.md): flat illustrations and one chart, drawn here as SVG and rendered with sharp, and a
 * six-second clip from frames of the same drawings, encoded with Debian's ffmpeg. The seed only
 * reads the results; nothing is drawn, encoded or downloaded when Commons starts.
 *
 *   node apps/api/src/database/seed/assets/make-demo-assets.mjs      (needs ffmpeg on the PATH)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const here = dirname(fileURLToPath(import.meta.url));
const W = 1200;
const H = 675;

const svg = (body, w = W, h = H) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${W} ${H}">${body}</svg>`;
const rect = (x, y, w, h, fill, extra = '') =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${fill}" ${extra}/>`;
const circle = (cx, cy, r, fill) => `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"/>`;
const sky = (top, bottom) =>
  `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>${rect(0, 0, W, H, 'url(#sky)')}`;

/** A person seen from the front: head, body and legs, in a shirt colour. */
function person(x, y, shirt, scale = 1, skin = '#e0ac82') {
  const s = scale;
  return `<g transform="translate(${x} ${y}) scale(${s})">
    ${rect(-14, 60, 11, 60, '#2d3440', 'rx="5"')}${rect(3, 60, 11, 60, '#2d3440', 'rx="5"')}
    ${rect(-22, 0, 44, 72, shirt, 'rx="18"')}${circle(0, -20, 18, skin)}
    <path d="M-18 -26 Q0 -48 18 -26 Q10 -36 0 -34 Q-10 -36 -18 -26Z" fill="#3b2a20"/>
  </g>`;
}
const tree = (x, y, r, leaves, trunk = '#6b4a2f') =>
  `${rect(x - 8, y, 16, r * 1.3, trunk, 'rx="4"')}${circle(x, y - r * 0.2, r, leaves)}${circle(x - r * 0.6, y + r * 0.2, r * 0.7, leaves)}${circle(x + r * 0.6, y + r * 0.2, r * 0.7, leaves)}`;
const windows = (x0, y0, cols, rows, w, h, gap, fill, lit) =>
  Array.from({ length: cols * rows }, (_, i) => {
    const c = i % cols;
    const r = Math.floor(i / cols);
    return rect(x0 + c * (w + gap), y0 + r * (h + gap), w, h, (i * 7) % 5 === 0 ? lit : fill, 'rx="3"');
  }).join('');
const bubble = (x, y, w, h, fill) =>
  `<path d="M${x} ${y} h${w} a14 14 0 0 1 14 14 v${h - 28} a14 14 0 0 1 -14 14 h-${w - 40} l-22 24 v-24 h-${18} a14 14 0 0 1 -14 -14 v-${h - 28} a14 14 0 0 1 14 -14z" fill="${fill}"/>
   ${rect(x + 10, y + 20, w - 30, 10, '#ffffff', 'rx="5" opacity="0.9"')}${rect(x + 10, y + 40, w - 60, 10, '#ffffff', 'rx="5" opacity="0.9"')}`;

const scenes = {
  /** Welcome to Commons: the head office, colleagues talking in front of it. */
  welcome: () =>
    svg(`${sky('#bfe0f5', '#eaf4fb')}
      ${circle(1040, 120, 60, '#ffd66b')}
      ${rect(300, 150, 420, 420, '#1d4f91', 'rx="8"')}${windows(330, 180, 6, 6, 44, 44, 18, '#9cc3ea', '#ffe08a')}
      ${rect(720, 260, 260, 310, '#2f6cb8', 'rx="8"')}${windows(745, 285, 4, 4, 38, 44, 20, '#b9d6f3', '#ffe08a')}
      ${rect(470, 480, 80, 90, '#153a6b', 'rx="4"')}
      ${rect(0, 560, W, 115, '#7cb66a')}${rect(0, 600, W, 75, '#5e9a4f')}
      ${tree(160, 470, 70, '#3f8a4a')}${tree(1090, 480, 60, '#4d9b57')}
      ${person(420, 565, '#e4572e', 0.9)}${person(520, 575, '#f2a541', 0.95, '#8d5b3e')}${person(640, 570, '#5b8e7d', 0.9, '#f1c7a5')}
      ${bubble(330, 360, 170, 80, '#e4572e')}${bubble(620, 380, 150, 76, '#5b8e7d')}`),

  /** Information security: a padlock on a shield over a laptop. */
  security: () =>
    svg(`${sky('#213a5c', '#35577f')}
      ${circle(180, 120, 3, '#fff')}${circle(1010, 90, 3, '#fff')}${circle(860, 170, 2, '#fff')}${circle(320, 220, 2, '#fff')}
      ${rect(330, 430, 540, 30, '#c9d2dc', 'rx="6"')}${rect(380, 170, 440, 270, '#0f1c2e', 'rx="14"')}${rect(400, 190, 400, 230, '#1f7a8c', 'rx="6"')}
      <path d="M600 150 L720 195 V300 Q720 390 600 440 Q480 390 480 300 V195Z" fill="#f2f5f8" stroke="#ffbf47" stroke-width="10"/>
      <path d="M560 285 V255 a40 40 0 0 1 80 0 V285" fill="none" stroke="#1d4f91" stroke-width="16"/>
      ${rect(540, 280, 120, 95, '#1d4f91', 'rx="12"')}${circle(600, 318, 13, '#ffbf47')}${rect(594, 322, 12, 30, '#ffbf47', 'rx="5"')}
      ${rect(0, 470, W, 205, '#2a4466')}${rect(250, 470, 700, 18, '#1b2f4a')}`),

  /** Case handling: folders on a desk with a child's drawing. */
  caseHandling: () =>
    svg(`${sky('#fdf1e3', '#f7e2c8')}
      ${rect(0, 450, W, 225, '#c98b5a')}${rect(0, 450, W, 16, '#a9703f')}
      ${rect(150, 330, 250, 150, '#e9c46a', 'rx="8"')}${rect(170, 310, 250, 150, '#f4a261', 'rx="8"')}${rect(190, 290, 250, 150, '#e76f51', 'rx="8"')}
      ${rect(520, 200, 300, 260, '#ffffff', 'rx="6" transform="rotate(-4 670 330)"')}
      ${circle(600, 270, 30, '#ffd66b')}<path d="M560 400 q40 -60 80 0 q40 -60 80 0" stroke="#2a9d8f" stroke-width="10" fill="none"/>
      ${person(700, 330, '#2a9d8f', 0.6)}${person(760, 345, '#e76f51', 0.45, '#8d5b3e')}
      ${rect(900, 250, 150, 210, '#264653', 'rx="10"')}${rect(915, 265, 120, 140, '#8ab17d', 'rx="4"')}${circle(975, 430, 12, '#e9c46a')}`),

  /** The new e-service, the video's poster: a phone with a form and three ticked steps. */
  eService: () => eServiceFrame(1),

  /** The Sundsvall office's new step-free entrance. */
  entrance: () =>
    svg(`${sky('#cfe7f7', '#f3f9fd')}
      ${rect(150, 130, 900, 450, '#d9b99b', 'rx="6"')}${windows(190, 170, 8, 2, 80, 70, 26, '#9cc3ea', '#bfdcf5')}
      ${rect(470, 360, 260, 220, '#1d4f91', 'rx="6"')}${rect(490, 380, 105, 200, '#9cc3ea')}${rect(605, 380, 105, 200, '#9cc3ea')}
      <path d="M250 580 L470 520 H730 V580Z" fill="#b8c2cc"/>
      ${rect(0, 580, W, 95, '#8fa3b3')}
      <g transform="translate(360 470)">${circle(0, 60, 34, 'none')}<circle cx="0" cy="60" r="32" fill="none" stroke="#2d3440" stroke-width="8"/>${rect(-12, -10, 34, 60, '#e4572e', 'rx="10"')}${circle(4, -30, 16, '#e0ac82')}</g>
      ${tree(90, 500, 60, '#4d9b57')}${tree(1120, 500, 55, '#3f8a4a')}`),

  /** The Sundsvall office's lunch room. */
  lunchRoom: () =>
    svg(`${rect(0, 0, W, H, '#f6efe6')}${rect(0, 0, W, 300, '#e8dccb')}
      ${rect(90, 60, 300, 200, '#bfe0f5', 'rx="8"')}${rect(450, 60, 300, 200, '#bfe0f5', 'rx="8"')}${rect(810, 60, 300, 200, '#bfe0f5', 'rx="8"')}
      ${tree(240, 200, 40, '#5e9a4f')}${tree(960, 210, 36, '#5e9a4f')}
      ${rect(0, 520, W, 155, '#caa27a')}
      ${person(250, 380, '#f2a541', 0.85)}${person(430, 380, '#1d4f91', 0.85, '#8d5b3e')}${person(860, 380, '#e4572e', 0.85, '#f1c7a5')}
      ${rect(160, 420, 360, 22, '#8c5a3c', 'rx="6"')}${rect(180, 440, 14, 110, '#8c5a3c')}${rect(486, 440, 14, 110, '#8c5a3c')}
      ${rect(680, 420, 360, 22, '#8c5a3c', 'rx="6"')}${rect(700, 440, 14, 110, '#8c5a3c')}${rect(1006, 440, 14, 110, '#8c5a3c')}
      ${circle(330, 410, 16, '#ffffff')}${circle(780, 410, 16, '#ffffff')}${circle(950, 410, 16, '#ffffff')}
      ${rect(560, 300, 80, 120, '#2a9d8f', 'rx="10"')}${circle(600, 290, 40, '#3f8a4a')}`),

  /** The Sundsvall office's courtyard with bicycles. */
  courtyard: () =>
    svg(`${sky('#a9d6f5', '#e6f4fd')}
      ${rect(0, 120, 200, 480, '#d7a27b')}${rect(1000, 150, 200, 450, '#c98b5a')}${windows(25, 160, 2, 5, 60, 60, 30, '#9cc3ea', '#ffe08a')}${windows(1025, 190, 2, 5, 60, 60, 30, '#9cc3ea', '#ffe08a')}
      ${rect(0, 520, W, 155, '#a3b18a')}${rect(200, 540, 800, 135, '#d6ccc2')}
      ${tree(380, 400, 90, '#4d9b57')}${tree(820, 410, 80, '#3f8a4a')}
      ${[520, 640].map((x) => `<circle cx="${x}" cy="580" r="36" fill="none" stroke="#2d3440" stroke-width="7"/><circle cx="${x + 90}" cy="580" r="36" fill="none" stroke="#2d3440" stroke-width="7"/><path d="M${x} 580 L${x + 40} 530 L${x + 90} 580 M${x + 40} 530 H${x + 80}" stroke="#e4572e" stroke-width="8" fill="none"/>`).join('')}
      ${rect(260, 560, 140, 16, '#8c5a3c', 'rx="6"')}${rect(270, 576, 10, 40, '#8c5a3c')}${rect(380, 576, 10, 40, '#8c5a3c')}`),

  /** Lunch walks: a path through an autumn park. */
  walk: () =>
    svg(`${sky('#f9d9a9', '#fdeed8')}
      ${circle(920, 150, 70, '#ffb347')}
      ${rect(0, 430, W, 245, '#9dbf7b')}<path d="M520 675 C560 560 640 520 600 430 L640 430 C700 520 640 580 700 675Z" fill="#e2c79b"/>
      ${tree(180, 330, 90, '#d9822b')}${tree(380, 360, 70, '#e3a33b')}${tree(860, 340, 85, '#c4572a')}${tree(1060, 370, 70, '#e3a33b')}
      ${person(590, 470, '#1d4f91', 0.7)}${person(650, 490, '#e4572e', 0.75, '#8d5b3e')}
      ${Array.from({ length: 12 }, (_, i) => circle(100 + i * 95, 560 + ((i * 37) % 60), 9, i % 2 ? '#d9822b' : '#c4572a')).join('')}`),

  /** Friday coffee: cups and cinnamon buns on a table. */
  fika: () =>
    svg(`${rect(0, 0, W, H, '#fbeee0')}${rect(0, 380, W, 295, '#c98b5a')}${rect(0, 380, W, 14, '#a9703f')}
      ${[260, 560, 860].map((x, i) => `${rect(x - 70, 240, 140, 150, ['#1d4f91', '#e4572e', '#2a9d8f'][i], 'rx="16"')}<path d="M${x + 70} 270 a40 40 0 0 1 0 80" fill="none" stroke="${['#1d4f91', '#e4572e', '#2a9d8f'][i]}" stroke-width="16"/>${rect(x - 60, 250, 120, 20, '#6b4a2f', 'rx="8"')}<path d="M${x - 20} 220 q15 -30 0 -60 M${x + 20} 220 q15 -30 0 -60" stroke="#c9b8a6" stroke-width="6" fill="none"/>`).join('')}
      ${[410, 710].map((x) => `<ellipse cx="${x}" cy="480" rx="90" ry="40" fill="#ffffff"/>${circle(x, 460, 45, '#c68642')}<path d="M${x - 30} 460 a30 30 0 1 1 30 30 a18 18 0 1 1 -18 -18" stroke="#8d5524" stroke-width="8" fill="none"/>${circle(x - 15, 440, 4, '#fff')}${circle(x + 18, 450, 4, '#fff')}${circle(x, 475, 4, '#fff')}`).join('')}`),

  /** The staff survey's results as a chart (the article carries the same numbers as text). */
  survey: () => surveyChart(),
};

/** Staff survey 2026, percent who agree; the same numbers are in the article's text alternative. */
export const SURVEY = [
  { en: 'I like my work', sv: 'Jag trivs med mitt arbete', value: 86 },
  { en: 'Colleagues help each other', sv: 'Kollegor hjälper varandra', value: 81 },
  { en: 'I know our goals', sv: 'Jag känner till våra mål', value: 72 },
  { en: 'My workload is reasonable', sv: 'Min arbetsbelastning är rimlig', value: 48 },
];

function surveyChart() {
  const font = `font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif"`;
  const bars = SURVEY.map((row, i) => {
    const y = 170 + i * 115;
    const w = Math.round(row.value * 6.4);
    const fill = row.value < 60 ? '#b3261e' : '#1d4f91';
    return `<text x="60" y="${y - 14}" ${font} font-size="30" fill="#1b1f24">${row.sv}</text>
      ${rect(60, y, 640, 54, '#e3e8ee', 'rx="6"')}${rect(60, y, w, 54, fill, 'rx="6"')}
      <text x="${60 + w + 16}" y="${y + 40}" ${font} font-size="34" font-weight="bold" fill="#1b1f24">${row.value} %</text>`;
  }).join('');
  return svg(`${rect(0, 0, W, H, '#ffffff')}
    <text x="60" y="80" ${font} font-size="44" font-weight="bold" fill="#1b1f24">Medarbetarenkäten 2026</text>
    <text x="60" y="118" ${font} font-size="26" fill="#4a5360">Andel som instämmer, 412 svar (82 %)</text>
    ${bars}
    ${rect(900, 170, 240, 400, '#f4f6f8', 'rx="12"')}
    <text x="1020" y="300" ${font} font-size="96" font-weight="bold" fill="#1d4f91" text-anchor="middle">8/10</text>
    <text x="1020" y="350" ${font} font-size="26" fill="#1b1f24" text-anchor="middle">svarade</text>
    ${person(1020, 430, '#1d4f91', 0.7)}`);
}

/** One frame of the e-service clip: the phone's form fills in three steps (t from 0 to 1). */
function eServiceFrame(t) {
  const step = Math.min(3, Math.floor(t * 3.6));
  const progress = Math.min(1, t * 1.2);
  const rows = [0, 1, 2]
    .map((i) => {
      const y = 250 + i * 100;
      const done = step > i;
      return `${rect(470, y, 260, 70, done ? '#e6f2ea' : '#f4f6f8', 'rx="10"')}
        ${circle(510, y + 35, 22, done ? '#0f6b3a' : '#c3cad3')}
        ${done ? `<path d="M498 ${y + 36} l9 9 l17 -19" stroke="#fff" stroke-width="7" fill="none"/>` : ''}
        ${rect(550, y + 22, 150, 12, done ? '#0f6b3a' : '#8a939e', 'rx="6"')}${rect(550, y + 42, 100, 10, '#c3cad3', 'rx="5"')}`;
    })
    .join('');
  const hand = `<g transform="translate(${760 - 40 * Math.sin(t * Math.PI * 3)} ${300 + step * 90})">
      <path d="M0 0 q-10 -40 10 -60 q20 20 10 60z" fill="#e0ac82"/>${rect(-10, 0, 40, 70, '#e0ac82', 'rx="16"')}</g>`;
  return svg(`${sky('#dff0ea', '#f6fbf9')}
    ${circle(220, 520, 120, '#bfe3d2')}${circle(1000, 160, 90, '#cfe7f7')}
    ${rect(430, 90, 340, 560, '#1b1f24', 'rx="40"')}${rect(450, 130, 300, 490, '#ffffff', 'rx="14"')}
    ${rect(470, 150, 260, 60, '#1d4f91', 'rx="10"')}${rect(490, 172, 120, 16, '#ffffff', 'rx="8"')}
    ${rect(470, 560, 260, 16, '#e3e8ee', 'rx="8"')}${rect(470, 560, Math.round(260 * progress), 16, '#0f6b3a', 'rx="8"')}
    ${rows}${hand}`);
}

/** Pictures are 960 px wide: enough for a card and an article page, and quick to re-encode at start. */
async function png(svgText, width = 960) {
  return sharp(Buffer.from(svgText))
    .resize({ width })
    .png({ palette: true, quality: 90, effort: 10, compressionLevel: 9 })
    .toBuffer();
}

async function main() {
  for (const [name, draw] of Object.entries(scenes)) {
    const data = await png(draw());
    writeFileSync(join(here, `${name}.png`), data);
    console.log(`${name}.png ${data.length} bytes`);
  }

  // The clip: 6 s at 12 frames a second, 640 × 360, H.264 in MP4 (plays in every browser), with a
  // quiet two-note chime as its sound (captioned as such) and no other audio.
  const frames = mkdtempSync(join(tmpdir(), 'commons-demo-video-'));
  try {
    const count = 72;
    for (let i = 0; i < count; i++) {
      const frame = await sharp(Buffer.from(eServiceFrame(i / (count - 1))))
        .resize({ width: 640 })
        .png()
        .toBuffer();
      writeFileSync(join(frames, `f${String(i).padStart(3, '0')}.png`), frame);
    }
    const out = join(here, 'e-service.mp4');
    execFileSync('ffmpeg', [
      '-y',
      '-loglevel',
      'error',
      '-framerate',
      '12',
      '-i',
      join(frames, 'f%03d.png'),
      '-f',
      'lavfi',
      '-i',
      'sine=frequency=660:duration=0.4,volume=0.25,apad=pad_dur=2.6[a];sine=frequency=880:duration=0.5,volume=0.25,apad=pad_dur=2.5[b];[a][b]concat=n=2:v=0:a=1',
      '-map',
      '0:v',
      '-map',
      '1:a',
      '-shortest',
      '-c:v',
      'libx264',
      '-profile:v',
      'main',
      '-pix_fmt',
      'yuv420p',
      '-crf',
      '30',
      '-preset',
      'veryslow',
      '-c:a',
      'aac',
      '-b:a',
      '32k',
      '-ac',
      '1',
      '-movflags',
      '+faststart',
      '-map_metadata',
      '-1',
      out,
    ]);
    console.log('e-service.mp4 written');
  } finally {
    rmSync(frames, { recursive: true, force: true });
  }
}

await main();
