/**
 * The two areas the exercises map shows, as longitude/latitude boxes. Shared
 * by the widget (which lists rows that fall outside both) and the map chunk.
 */
export type Bounds = readonly [west: number, south: number, east: number, north: number];

/** China, the Koreas, Japan and Russia's Far East. */
export const EAST_ASIA_BOUNDS: Bounds = [99, 15, 161, 60];
/**
 * The inset: Kursk and its surroundings, in western Russia. More room south
 * of Kursk than north, so that Kursk sits in the inset's upper half and its
 * label fits below it.
 */
export const KURSK_BOUNDS: Bounds = [31, 45.5, 42, 55];

/** How far outside a box (in degrees) a centre may lie and still be drawn. */
const TOLERANCE = 5;

export function within(bounds: Bounds, longitude: number, latitude: number): boolean {
  const [west, south, east, north] = bounds;
  return longitude >= west - TOLERANCE && longitude <= east + TOLERANCE && latitude >= south - TOLERANCE && latitude <= north + TOLERANCE;
}

/** Which map a point is drawn on: the inset first (it is the smaller), then the main map; null when on neither. */
export function regionOf(longitude: number, latitude: number): 'kursk' | 'east-asia' | null {
  if (within(KURSK_BOUNDS, longitude, latitude)) return 'kursk';
  if (within(EAST_ASIA_BOUNDS, longitude, latitude)) return 'east-asia';
  return null;
}
