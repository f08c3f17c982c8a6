// The view as a picture fit for a report: a title above the drawing, a legend of what it shows
// (actor kinds, relation types, line styles, the measure's scale) and a source line below.
import type { ExplorerGraph } from '../graph-state.js';
import { isVisible } from '../graph-state.js';
import { t } from '../i18n/ui-text.js';
import { kindName, relationName } from '../i18n/vocabulary-names.js';
import type { MeasureRange } from '../measures.js';
import { SCALE_STOPS } from '../colour-scale.js';
import { LABEL_FONT, type ExplorerRenderer } from '../renderer.js';
import { DASH_PATTERNS, kindColor, lineStyle, relationColor, type LineStyle } from '../vocabulary.js';

const PAD = 24;
const TITLE_SIZE = 22;
const TEXT_SIZE = 13;
const ROW = 22;
const INK = '#1b2631';
const MUTED = '#4d5966';

interface LegendItem {
  mark: { dot: string } | { line: string; style: LineStyle };
  text: string;
}

export interface PictureContent {
  title: string;
  measure: { name: string; range: MeasureRange } | null;
}

export async function viewPng(renderer: ExplorerRenderer, graph: ExplorerGraph, content: PictureContent): Promise<Blob> {
  renderer.refresh();
  const stage = renderer.getStageCanvas();
  const { width, height } = renderer.getDimensions();
  const scale = window.devicePixelRatio || 1;
  const legend = legendItems(graph);

  const output = document.createElement('canvas');
  const context = output.getContext('2d');
  if (!context) throw new Error('this browser cannot draw a 2D canvas');
  // Lay the legend out in rows as wide as the drawing, to know the picture's height.
  context.font = `${TEXT_SIZE}px ${LABEL_FONT}`;
  const rows = flowRows(context, legend, width - 2 * PAD);
  const top = PAD + TITLE_SIZE + PAD / 2;
  const legendTop = top + height + PAD / 2;
  const measureRows = content.measure ? 1 : 0;
  const total = legendTop + (rows.length + measureRows) * ROW + PAD / 2 + ROW + PAD / 2;

  output.width = Math.round(width * scale);
  output.height = Math.round(total * scale);
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, total);

  context.fillStyle = INK;
  context.textBaseline = 'top';
  context.font = `bold ${TITLE_SIZE}px ${LABEL_FONT}`;
  context.fillText(content.title, PAD, PAD, width - 2 * PAD);
  context.strokeStyle = '#d0d7de';
  context.strokeRect(0.5, top - 0.5, width - 1, height + 1);
  context.drawImage(stage, 0, top, width, height);

  context.font = `${TEXT_SIZE}px ${LABEL_FONT}`;
  context.textBaseline = 'middle';
  let y = legendTop + ROW / 2;
  for (const row of rows) {
    let x = PAD;
    for (const item of row) x = drawItem(context, item, x, y) + 16;
    y += ROW;
  }
  if (content.measure) {
    const gradient = context.createLinearGradient(PAD, 0, PAD + 160, 0);
    SCALE_STOPS.forEach((stop, i) => gradient.addColorStop(i / (SCALE_STOPS.length - 1), stop));
    context.fillStyle = INK;
    const label = `${content.measure.name}: ${t('measureLow')} ${content.measure.range.min.toPrecision(3)}`;
    context.fillText(label, PAD, y);
    const start = PAD + context.measureText(label).width + 8;
    context.fillStyle = gradient;
    context.fillRect(start, y - 5, 160, 10);
    context.fillStyle = INK;
    context.fillText(`${t('measureHigh')} ${content.measure.range.max.toPrecision(3)}`, start + 168, y);
    y += ROW;
  }
  context.fillStyle = MUTED;
  context.fillText(t('sourceLine', { date: new Date().toISOString().slice(0, 10) }), PAD, y, width - 2 * PAD);

  return new Promise((resolve, reject) =>
    output.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the canvas could not be encoded'))), 'image/png'),
  );
}

/** What the drawing uses: the kinds of its visible actors, its relation types and line styles. */
function legendItems(graph: ExplorerGraph): LegendItem[] {
  const kinds = new Set<string>();
  const types = new Set<string>();
  const styles = new Set<LineStyle>();
  graph.forEachNode((_node, a) => {
    if (isVisible(a)) kinds.add(a.kind);
  });
  graph.forEachEdge((_edge, a) => {
    if (a.filtered || a.endHidden) return;
    types.add(a.type);
    styles.add(lineStyle(a.status, a.basis));
  });
  const styleText: Record<LineStyle, string> = {
    solid: t('lineStated'),
    dashed: t('lineTentative'),
    dotted: t('lineInferred'),
    'sparse-dotted': t('lineTentativeInferred'),
  };
  return [
    ...[...kinds].map((kind) => ({ mark: { dot: kindColor(kind) }, text: kindName(kind) })),
    ...[...types].map((type) => ({ mark: { line: relationColor(type), style: 'solid' as const }, text: relationName(type) })),
    ...[...styles].map((style) => ({ mark: { line: INK, style }, text: styleText[style] })),
  ];
}

const itemWidth = (context: CanvasRenderingContext2D, item: LegendItem) => 26 + context.measureText(item.text).width;

function flowRows(context: CanvasRenderingContext2D, items: LegendItem[], width: number): LegendItem[][] {
  const rows: LegendItem[][] = [];
  let row: LegendItem[] = [];
  let used = 0;
  for (const item of items) {
    const w = itemWidth(context, item) + 16;
    if (used + w > width && row.length) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push(item);
    used += w;
  }
  if (row.length) rows.push(row);
  return rows;
}

function drawItem(context: CanvasRenderingContext2D, item: LegendItem, x: number, y: number): number {
  if ('dot' in item.mark) {
    context.fillStyle = item.mark.dot;
    context.beginPath();
    context.arc(x + 8, y, 6, 0, 2 * Math.PI);
    context.fill();
  } else {
    const [dash, gap] = DASH_PATTERNS[item.mark.style];
    context.strokeStyle = item.mark.line;
    context.lineWidth = 2.5;
    context.setLineDash(dash ? [dash, gap] : []);
    context.beginPath();
    context.moveTo(x, y);
    context.lineTo(x + 20, y);
    context.stroke();
    context.setLineDash([]);
  }
  context.fillStyle = INK;
  context.fillText(item.text, x + 26, y);
  return x + itemWidth(context, item);
}
