// Moves the view onto an answer: the camera centres the given actors and zooms until they fill
// the canvas, leaving room beside them for their labels.
import type { ExplorerRenderer } from './renderer.js';

/** Room kept free on each side for labels printed beside the outermost actors. */
const LABEL_ROOM_X = 170;
const LABEL_ROOM_Y = 40;
/** Never closer than this: a lone actor keeps some of its surroundings in view. */
const MIN_RATIO = 0.12;

export async function fitCamera(renderer: ExplorerRenderer, nodes: readonly string[], animate = true): Promise<void> {
  const camera = renderer.getCamera();
  const points = nodes.map((node) => renderer.getNodeDisplayData(node)).filter((d) => d !== undefined);
  if (points.length === 0) return camera.animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: animate ? 300 : 0 });
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const centre = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  // Where the actors would fall at ratio 1 around that centre; on screen, distances scale as 1 / ratio.
  const atRatioOne = { ...centre, ratio: 1, angle: 0 };
  const screen = points.map((p) => renderer.framedGraphToViewport(p, { cameraState: atRatioOne }));
  const spanX = Math.max(...screen.map((p) => p.x)) - Math.min(...screen.map((p) => p.x));
  const spanY = Math.max(...screen.map((p) => p.y)) - Math.min(...screen.map((p) => p.y));
  const { width, height } = renderer.getDimensions();
  const room = { x: Math.max(width - 2 * LABEL_ROOM_X, width / 3), y: Math.max(height - 2 * LABEL_ROOM_Y, height / 3) };
  const ratio = Math.min(1, Math.max(MIN_RATIO, spanX / room.x, spanY / room.y));
  await camera.animate({ ...centre, ratio, angle: 0 }, { duration: animate ? 350 : 0 });
}
